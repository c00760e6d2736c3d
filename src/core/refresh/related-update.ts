import path from 'node:path';
import { segmentName, writeAtomic } from '../related/files.js';
import { openRelatedIndex } from '../related/related-index.js';
import type { Warn } from '../store/atomic.js';
import type { Article } from '../types.js';

/**
 * Encoded segments already built for an article list (by the parse worker, right after the merge), so
 * that the update at the end of a refresh only writes files instead of indexing every changed feed on
 * the main thread (issue 2: 250 ms of a cold refresh, after all the fetching was done).
 */
const built = new WeakMap<readonly Article[], Uint8Array>();

/** Records the encoded related-stories segment of exactly these articles (as returned by a merge). */
export function attachSegment(articles: readonly Article[], segment: Uint8Array): void {
  built.set(articles, segment);
}

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
  for (const [feed, articles] of changed) {
    const segment = built.get(articles);
    // Same file and bytes as index.updateFeed + save would write (related-index.ts).
    if (segment) writeAtomic(path.join(home, 'related', segmentName(feed)), segment);
    else index.updateFeed(feed, articles);
  }
  index.save();
}
