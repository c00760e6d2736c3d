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
 * Writes one changed feed's related-stories file from the segment encoded where the feed was parsed
 * (the same file and bytes index.updateFeed + save would write).
 */
export function writeRelatedSegment(home: string, feed: string, segment: Uint8Array): void {
  writeAtomic(path.join(home, 'related', segmentName(feed)), segment);
}
