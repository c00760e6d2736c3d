import { articleId } from '../store/ids.js';
import type { Article, ParsedItem } from '../types.js';
import { sortTime } from '../types.js';

const DAY_MS = 86_400_000;

export interface MergeResult {
  readonly articles: Article[];
  /** Ids that were not in the cache before. */
  readonly newIds: string[];
  /** Whether anything differs from the cached list (when not, nothing is written). */
  readonly changed: boolean;
}

/**
 * Merges a fresh feed document into the cached articles of that feed. Items keep the time they were
 * first seen; items that left the feed stay cached for `keepDays` (a reader may still want them), and at
 * most `maxItems` are kept, newest first.
 */
export function mergeItems(
  feedUrl: string,
  cached: readonly Article[],
  items: readonly ParsedItem[],
  options: { now?: Date; keepDays?: number; maxItems?: number } = {},
): MergeResult {
  const now = options.now ?? new Date();
  const keepDays = options.keepDays ?? 60;
  const maxItems = options.maxItems ?? 1000;
  const byId = new Map(cached.map((article) => [article.id, article]));
  const fresh = new Map<string, Article>();
  const newIds: string[] = [];
  for (const item of items) {
    const id = articleId(feedUrl, item);
    if (fresh.has(id)) continue; // duplicate guid inside one document: the first wins
    const before = byId.get(id);
    if (!before) newIds.push(id);
    fresh.set(id, {
      id,
      feed: feedUrl,
      title: item.title,
      url: item.url,
      author: item.author,
      published: item.published,
      firstSeen: before?.firstSeen ?? now.toISOString(),
      summary: item.summary,
      content: item.content,
      enclosures: item.enclosures,
    });
  }
  const cutoff = now.getTime() - keepDays * DAY_MS;
  const kept = cached.filter((article) => !fresh.has(article.id) && sortTime(article) >= cutoff);
  const articles = [...fresh.values(), ...kept].sort((a, b) => sortTime(b) - sortTime(a)).slice(0, maxItems);
  const changed =
    articles.length !== cached.length ||
    articles.some((article) => !sameArticle(article, byId.get(article.id)));
  return { articles, newIds, changed };
}

function sameArticle(a: Article, b: Article | undefined): boolean {
  return (
    b !== undefined &&
    a.title === b.title &&
    a.url === b.url &&
    a.author === b.author &&
    a.published === b.published &&
    a.summary === b.summary &&
    a.content === b.content &&
    a.enclosures.length === b.enclosures.length
  );
}
