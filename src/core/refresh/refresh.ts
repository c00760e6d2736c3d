import { closeIdleConnections, fetchResource } from '../net/fetch.js';
import { createLimiter } from '../net/limiter.js';
import { sanitizeLine } from '../sanitize.js';
import type { Store } from '../store/types.js';
import type { FeedState, FetchStatus, Subscription } from '../types.js';
import type { HeadlineDelta } from './headline-delta.js';
import { createIngestPool } from './ingest-pool.js';

export interface FeedReport {
  readonly url: string;
  readonly title: string;
  readonly status: FetchStatus;
  readonly newItems: number;
  readonly error?: string;
}

export interface RefreshReport {
  readonly feeds: FeedReport[];
  readonly durationMs: number;
  /** With `wantDeltas`: how each changed feed's headlines changed, by feed URL. */
  readonly deltas?: Readonly<Record<string, HeadlineDelta>>;
}

export interface RefreshProgress {
  readonly done: number;
  readonly total: number;
  readonly feed?: FeedReport;
}

export interface RefreshOptions {
  /** Only these feed URLs (default: every subscription). */
  readonly only?: readonly string[];
  readonly onProgress?: (progress: RefreshProgress) => void;
  /**
   * Told of each feed whose cached articles changed, with their encoded related-stories segment (built
   * where the feed was parsed), as soon as they are saved: writing the index is spread over a refresh's
   * waits instead of piling up at its end.
   */
  readonly onFeedChanged?: (feedUrl: string, segment: Uint8Array) => void;
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
  /**
   * Report how each changed feed's headlines changed (RefreshReport.deltas), so that a reader can update
   * its list without reading the feeds' headline files again.
   */
  readonly wantDeltas?: boolean;
  /** Parse workers (default 1); 0 parses on this thread. */
  readonly parseWorkers?: number;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Fetches every subscribed feed concurrently (bounded overall and per host), merges new items into the
 * cache, and records each feed's status. One failing feed never stops the others. Feed states are written
 * once at the end, so a refresh where every feed answers 304 writes one small file.
 */
export async function refreshFeeds(store: Store, options: RefreshOptions = {}): Promise<RefreshReport> {
  // Date.now, not performance.now: the `performance` global loads node:perf_hooks on first touch (~5 ms).
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const settings = store.settings();
  const subs = store
    .subscriptions()
    .filter((sub) => options.only === undefined || options.only.includes(sub.url));
  const states = store.allFeedStates();
  const limiter = createLimiter({ total: settings.concurrency ?? 32, perHost: settings.perHost ?? 4 });
  const newStates: Record<string, FeedState> = {};
  const titles = new Map<string, string>();
  const deltas: Record<string, HeadlineDelta> = {};
  let done = 0;
  const pool = createIngestPool(store, {
    size: options.parseWorkers,
    inThread: options.parseWorkers === 0,
    onWarning: (message) => store.reportWarning?.(message),
  });
  // A feed with no validators will send a body: start the parser while the first requests are out.
  if (subs.some((sub) => !states[sub.url]?.etag && !states[sub.url]?.lastModified)) pool.warm();

  const refreshOne = async (sub: Subscription): Promise<FeedReport> => {
    const previous = states[sub.url] ?? {};
    try {
      const result = await limiter.run(sub.url, () =>
        fetchResource(sub.url, {
          etag: previous.etag,
          lastModified: previous.lastModified,
          timeoutMs: settings.timeoutMs,
          maxBytes: settings.maxBytes,
          accept: FEED_ACCEPT,
          signal: options.signal,
        }),
      );
      // Stamped when the answer (or the failure) comes, not when the feed is queued.
      const checkedAt = now().toISOString();
      if (result.status === 304) {
        newStates[sub.url] = {
          ...previous,
          status: 'not-modified',
          error: undefined,
          checkedAt,
          okAt: checkedAt,
        };
        return { url: sub.url, title: sub.title, status: 'not-modified', newItems: 0 };
      }
      const feed = await pool.run({
        feedUrl: sub.url,
        url: result.url,
        bytes: result.bytes,
        contentType: result.contentType,
        now: now().toISOString(),
        keepDays: settings.keepDays,
        wantSegment: options.onFeedChanged !== undefined,
        wantDelta: options.wantDeltas === true,
      });
      if (feed.segment) options.onFeedChanged?.(sub.url, feed.segment);
      if (feed.delta) deltas[sub.url] = feed.delta;
      if (feed.title && feed.title !== sub.title) titles.set(sub.url, feed.title);
      newStates[sub.url] = {
        etag: result.etag,
        lastModified: result.lastModified,
        status: 'ok',
        checkedAt,
        okAt: checkedAt,
      };
      return { url: sub.url, title: feed.title || sub.title, status: 'ok', newItems: feed.newItems };
    } catch (error) {
      const checkedAt = now().toISOString();
      const message = sanitizeLine(error instanceof Error ? error.message : String(error)) || 'unknown error';
      newStates[sub.url] = { ...previous, status: 'error', error: message, checkedAt };
      return { url: sub.url, title: sub.title, status: 'error', newItems: 0, error: message };
    }
  };

  const feeds = await Promise.all(
    subs.map(async (sub) => {
      const report = await refreshOne(sub);
      done += 1;
      // Once nothing waits for a slot, an idle keep-alive connection will not be used again: closed as
      // each last request ends, while the others are still out, rather than all at the end (~2 ms).
      if (limiter.pending === 0) closeIdleConnections();
      options.onProgress?.({ done, total: subs.length, feed: report });
      return report;
    }),
  ).finally(() => pool.close());
  store.setFeedStates(withoutUndefined(newStates));
  if (titles.size > 0) renameFromFeeds(store, titles);
  return { feeds, durationMs: Date.now() - started, ...(options.wantDeltas ? { deltas } : {}) };
}

/** Subscriptions named by URL (added from OPML without a title) take the feed's title, in one write. */
function renameFromFeeds(store: Store, titles: ReadonlyMap<string, string>): void {
  const patches = new Map<string, { title: string }>();
  for (const sub of store.subscriptions()) {
    const title = titles.get(sub.url);
    if (title && (sub.title === '' || sub.title === sub.url)) patches.set(sub.url, { title });
  }
  store.updateSubscriptions(patches);
}

function withoutUndefined(states: Record<string, FeedState>): Record<string, FeedState> {
  const out: Record<string, FeedState> = {};
  for (const [url, state] of Object.entries(states)) {
    out[url] = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as FeedState;
  }
  return out;
}
