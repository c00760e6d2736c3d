import { useEffect, useRef } from 'react';
import { safeHttpUrl } from '../../core/sanitize.js';
import type { Store } from '../../core/store/types.js';
import { READ, type State } from '../state/types.js';
import { prefetchFullText } from './article.js';

// Prefetch starts after this long without a key, so it never competes with reading.
const IDLE_MS = 2000;
// How many unread stories after the selection are fetched ahead.
const AHEAD = 3;

/** The page URLs of the next few unread stories of the list, from the selection on. */
export function nextUnreadUrls(state: State, count = AHEAD): string[] {
  const urls: string[] = [];
  for (let k = state.sel; k < state.view.length && urls.length < count; k++) {
    const i = state.view[k]!;
    if (state.lib.flags[i]! & READ) continue;
    const url = safeHttpUrl(state.lib.headlines[i]!.url);
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * When the reader is idle on the list, fetches the full text of the next few unread stories into the
 * cache, so opening them is instant and works offline later. Any key stops it after the current page.
 */
export function usePrefetch(store: Store, state: State): void {
  const active = useRef(0);
  useEffect(() => {
    const run = ++active.current;
    if (state.stack.length > 0) return;
    const urls = nextUnreadUrls(state);
    if (urls.length === 0) return;
    const timer = setTimeout(() => {
      void prefetchFullText(store, urls, () => active.current !== run);
    }, IDLE_MS);
    return () => clearTimeout(timer);
  }, [store, state]);
}
