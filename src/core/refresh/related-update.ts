import path from 'node:path';
import { segmentName, writeAtomic } from '../related/files.js';
import { openRelatedIndex } from '../related/related-index.js';
import type { Warn } from '../store/atomic.js';
import type { Article } from '../types.js';

/**
 * Brings the related-stories index up to date with the feeds whose cached articles changed in a refresh:
 * only those feeds' index files are rebuilt and written.
 */
export function updateRelatedIndex(
  home: string,
  changed: ReadonlyMap<string, readonly Article[]>,
  warn: Warn,
): void {
  const index = openRelatedIndex(home, { onWarning: warn });
  for (const [feed, articles] of changed) index.updateFeed(feed, articles);
  index.save();
}

/**
 * Writes one changed feed's related-stories file: the segment the parse worker already encoded for
 * these articles when there is one (the same file and bytes index.updateFeed + save would write),
 * else indexes them here.
 */
export function updateRelatedFeed(
  home: string,
  feed: string,
  articles: readonly Article[],
  segment: Uint8Array | undefined,
  warn: Warn,
): void {
  if (segment) writeAtomic(path.join(home, 'related', segmentName(feed)), segment);
  else updateRelatedIndex(home, new Map([[feed, articles]]), warn);
}
