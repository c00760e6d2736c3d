import type { Warn } from '../store/atomic.js';
import type { Article } from '../types.js';

/**
 * Brings the related-stories index up to date with the feeds whose cached articles changed.
 * The index lives in src/core/related (issue 5); until it lands this does nothing.
 */
export function updateRelatedIndex(
  _home: string,
  _changed: ReadonlyMap<string, readonly Article[]>,
  _warn: Warn,
): void {}
