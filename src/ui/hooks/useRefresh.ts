import { useCallback, useEffect, useRef } from 'react';
import type { HeadlineDelta } from '../../core/refresh/headline-delta.js';
import { runRefreshInWorker } from '../../core/refresh/run-worker.js';
import { sanitizeLine } from '../../core/sanitize.js';
import type { Store } from '../../core/store/types.js';
import type { Action } from '../state/actions.js';
import {
  addFeedDelta,
  addReloadedFeed,
  applyReloadSteps,
  startReload,
  withStoreFlags,
} from '../state/reload.js';
import type { FeedError, Library } from '../state/types.js';

// At most 4 progress repaints a second: each one costs a frame the keys would otherwise get.
const PROGRESS_INTERVAL_MS = 250;

// Feeds re-read per turn of the event loop, so keys pressed meanwhile are handled between slices.
const FEEDS_PER_SLICE = 8;

/**
 * Updates the library with the changed feeds: from the refresh's delta of each when there is one (no
 * file read), else by re-reading the feed a few per turn of the event loop and comparing it with the
 * library as it was when the reload began (addReloadedFeed); then merges one step per turn
 * (applyReloadSteps), so keys are handled throughout. The result carries flags read again from the store when the library changed
 * meanwhile (a story marked read during the reload stays read).
 */
function reloadAndMerge(
  store: Store,
  getLib: () => Library,
  urls: readonly string[],
  deltas: Readonly<Record<string, HeadlineDelta>>,
  done: (lib: Library) => void,
): void {
  const reload = startReload(getLib());
  // Feeds the refresh described are updated from their delta at once, when the list holds what the
  // delta was taken from; the others are re-read below.
  const rows = Object.keys(deltas).length > 0 ? rowsByFeed(reload.base) : new Map<string, number>();
  const applied = new Set<string>();
  for (const url of urls) {
    const delta = deltas[url];
    if (delta && (rows.get(url) ?? 0) === delta.before) {
      addFeedDelta(reload, delta);
      applied.add(url);
    }
  }
  urls = urls.filter((url) => !applied.has(url));
  let next = 0;
  let merge: Generator<void, Library> | undefined;
  const step = () => {
    if (!merge) {
      for (const url of urls.slice(next, next + FEEDS_PER_SLICE))
        addReloadedFeed(reload, url, store.loadHeadlines(url));
      next += FEEDS_PER_SLICE;
      if (next >= urls.length) merge = applyReloadSteps(reload, store.subscriptions(), store);
      setImmediate(step);
      return;
    }
    const result = merge.next();
    if (!result.done) {
      setImmediate(step);
      return;
    }
    done(getLib() === reload.base ? result.value : withStoreFlags(result.value, store));
  };
  setImmediate(step);
}

/**
 * Runs a refresh in the worker and feeds the reducer: progress (batched), then the reloaded headlines
 * of the feeds that changed, then the summary. Returns the function that starts a refresh.
 */
export function useRefresh(
  store: Store,
  dispatch: (a: Action) => void,
  getLib: () => Library,
  /** Resolves once the library is whole (not the first screen's): a reload merges into that. */
  whenWhole: () => Promise<void> = () => Promise.resolve(),
): () => void {
  const running = useRef(false);
  const latest = useRef<{ done: number; total: number } | undefined>(undefined);
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);
  useEffect(() => () => clearInterval(timer.current), []);

  return useCallback(() => {
    if (running.current) return;
    running.current = true;
    dispatch({ type: 'refreshStart' });
    let shown = '';
    timer.current = setInterval(() => {
      const p = latest.current;
      if (!p || `${p.done}/${p.total}` === shown) return;
      shown = `${p.done}/${p.total}`;
      dispatch({ type: 'refreshProgress', done: p.done, total: p.total });
    }, PROGRESS_INTERVAL_MS);
    runRefreshInWorker(store.home, (p) => {
      latest.current = { done: p.done, total: p.total };
    }).then(
      (report) => {
        clearInterval(timer.current);
        const errors: FeedError[] = report.feeds
          .filter((f) => f.status === 'error')
          .map((f) => ({
            url: f.url,
            title: sanitizeLine(f.title) || f.url,
            error: sanitizeLine(f.error) || 'failed',
          }));
        // Feeds with new stories, and any other whose headlines changed (a title fixed, old ones expired).
        const deltas = report.deltas ?? {};
        const changed = [
          ...new Set([
            ...report.feeds.filter((f) => f.status === 'ok' && f.newItems > 0).map((f) => f.url),
            ...Object.keys(deltas),
          ]),
        ];
        const newItems = report.feeds.reduce((n, f) => n + f.newItems, 0);
        const finish = () => {
          running.current = false;
          dispatch({ type: 'refreshDone', newItems, total: report.feeds.length, errors });
        };
        if (changed.length === 0) {
          finish();
          return;
        }
        void whenWhole().then(() =>
          reloadAndMerge(store, getLib, changed, deltas, (lib) => {
            dispatch({ type: 'library', lib, errors });
            finish();
          }),
        );
      },
      (error: unknown) => {
        clearInterval(timer.current);
        running.current = false;
        const message = sanitizeLine(error instanceof Error ? error.message : String(error));
        dispatch({ type: 'refreshFailed', message: `Refresh failed: ${message}` });
      },
    );
  }, [store, dispatch, getLib, whenWhole]);
}

function rowsByFeed(lib: Library): Map<string, number> {
  const rows = new Map<string, number>();
  for (const h of lib.headlines) rows.set(h.feed, (rows.get(h.feed) ?? 0) + 1);
  return rows;
}
