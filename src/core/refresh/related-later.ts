import type { Warn } from '../store/atomic.js';

/**
 * Keeps the related-stories index up to date during a refresh (RefreshOptions.onFeedChanged), loading
 * the index code only when a first feed has changed: a refresh where every feed answers 304 never loads
 * it. A failed write is a warning (the index is derived data; the next refresh of the feed redoes it).
 */
export function relatedUpdater(
  home: string,
  warn: Warn,
): {
  onFeedChanged(feed: string, segment: Uint8Array): void;
  /** Resolves once every change so far is written. */
  settled(): Promise<void>;
} {
  let code: Promise<typeof import('./related-update.js')> | undefined;
  const writes: Promise<void>[] = [];
  return {
    onFeedChanged(feed, segment) {
      code ??= import('./related-update.js');
      writes.push(
        code
          .then((m) => m.writeRelatedSegment(home, feed, segment))
          .catch((error: unknown) =>
            warn(`related stories of ${feed}: ${error instanceof Error ? error.message : String(error)}`),
          ),
      );
    },
    settled: () => Promise.all(writes).then(() => undefined),
  };
}
