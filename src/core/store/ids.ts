import { lazyBuiltin } from '../builtins.js';
import type { ParsedItem } from '../types.js';

/**
 * A short, stable id for an item of a feed: a hash of the feed URL and the item's guid, else its
 * normalised link, else its title and date. Short enough to type (`newsink star 3f9a…`).
 */
export function articleId(feedUrl: string, item: Pick<ParsedItem, 'key' | 'title' | 'published'>): string {
  const key = item.key ?? `title:${item.title}|${item.published ?? ''}`;
  return lazyBuiltin
    .crypto()
    .createHash('sha256')
    .update(feedUrl)
    .update('\n')
    .update(key)
    .digest('hex')
    .slice(0, 12);
}

/** File-name-safe hash of a feed URL, for its cache files. */
export function feedFileKey(feedUrl: string): string {
  return lazyBuiltin.crypto().createHash('sha256').update(feedUrl).digest('hex').slice(0, 16);
}
