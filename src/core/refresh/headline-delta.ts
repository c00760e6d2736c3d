import { headlineOf } from '../store/cache.js';
import type { Article, Headline } from '../types.js';
import { sortTime } from '../types.js';

/**
 * How a feed's cached headlines changed in a refresh: what a reader showing the old ones needs to show
 * the new ones, without reading the feed's headline file again. A headline whose title, link or date
 * changed is both removed and added.
 */
export interface HeadlineDelta {
  /** New or changed headlines, as the cache's headline file gives them (no snippet). */
  readonly added: readonly Headline[];
  /** Ids of headlines gone (expired, cut) or changed. */
  readonly removed: readonly string[];
  /**
   * How many headlines the feed had before: a reader whose list holds another number for the feed (the
   * cache changed under it, say by a `newsink refresh` from cron) re-reads the feed instead.
   */
  readonly before: number;
}

export function headlineDelta(
  feed: string,
  before: readonly Article[],
  after: readonly Article[],
): HeadlineDelta {
  const old = new Map(before.map((article) => [article.id, article]));
  const kept = new Set<string>();
  const added: Headline[] = [];
  const removed: string[] = [];
  for (const article of after) {
    const was = old.get(article.id);
    if (was && sameHeadline(was, article)) {
      kept.add(article.id);
      continue;
    }
    if (was) {
      kept.add(article.id);
      removed.push(article.id);
    }
    added.push(headlineOf(feed, article));
  }
  for (const article of before) if (!kept.has(article.id)) removed.push(article.id);
  return { added, removed, before: before.length };
}

function sameHeadline(a: Article, b: Article): boolean {
  return a.title === b.title && a.url === b.url && a.author === b.author && sortTime(a) === sortTime(b);
}
