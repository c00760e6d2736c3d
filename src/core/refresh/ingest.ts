import { parseFeed } from '../feeds/parse.js';
import { htmlToText } from '../feeds/text.js';
import { buildSegment } from '../related/segment.js';
import { encodeSegment } from '../related/segment-file.js';
import type { Article } from '../types.js';
import { type HeadlineDelta, headlineDelta } from './headline-delta.js';
import { mergeItems } from './merge.js';

/** One fetched feed body to parse and merge into the cache. */
export interface IngestTask {
  /** The subscription's URL (the cache key). */
  readonly feedUrl: string;
  /** The final fetched URL (the base for relative links). */
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  /** ISO time of this refresh (first-seen time of new items). */
  readonly now: string;
  readonly keepDays?: number;
  /**
   * Whether the related-stories segment of the feed's articles is wanted back when they changed
   * (someone keeps the related index up to date): encoded where the parsing happened.
   */
  readonly wantSegment: boolean;
  /** Whether how the feed's headlines changed is wanted back (a reader updating its list). */
  readonly wantDelta?: boolean;
}

export interface IngestResult {
  readonly title: string;
  readonly newItems: number;
  readonly changed: boolean;
  /** The encoded related-stories segment of the feed's cached articles, when changed and asked for. */
  readonly segment?: Uint8Array;
  /** How the feed's headlines changed, when they did and it was asked for. */
  readonly delta?: HeadlineDelta;
}

/** Where a feed's cached articles are read and written (a Store, or the cache files in a worker). */
export interface ArticleFiles {
  loadArticles(feedUrl: string): Article[];
  saveArticles(feedUrl: string, articles: readonly Article[], snippet: (html: string) => string): void;
}

/**
 * Parses a fetched feed body, merges its items into the feed's cached articles and saves them when
 * anything changed. Pure apart from `files`, so it runs the same on the main thread or in a parse worker.
 */
export async function ingestFeed(task: IngestTask, files: ArticleFiles): Promise<IngestResult> {
  const feed = await parseFeed(task.bytes, task.contentType, task.url);
  const cached = files.loadArticles(task.feedUrl);
  const merged = mergeItems(task.feedUrl, cached, feed.items, {
    now: new Date(task.now),
    keepDays: task.keepDays,
  });
  if (merged.changed) files.saveArticles(task.feedUrl, merged.articles, htmlToText);
  const wanted = merged.changed && task.wantSegment;
  return {
    title: feed.title,
    newItems: merged.newIds.length,
    changed: merged.changed,
    ...(wanted ? { segment: encodeSegment(buildSegment(task.feedUrl, merged.articles)) } : {}),
    ...(merged.changed && task.wantDelta
      ? { delta: headlineDelta(task.feedUrl, cached, merged.articles) }
      : {}),
  };
}
