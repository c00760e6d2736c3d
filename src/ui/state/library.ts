import type { FeedState, Headline, Subscription } from '../../core/types.js';
import { sortTime } from '../../core/types.js';
import type { FeedEntry, FeedError, Library, ListHeadline } from './types.js';
import { READ, STARRED } from './types.js';

/** Reads a headline's flags; the store is asked once per headline at load, then the UI keeps them. */
export interface FlagSource {
  isRead(id: string): boolean;
  isStarred(id: string): boolean;
}

interface Timed {
  readonly h: ListHeadline;
  readonly t: number;
  /** The flags, when already known (a headline kept from the previous library). */
  readonly f?: number;
}

/** Keeps only what lists and search use (100,000 headlines: ~15 MB less than whole headlines). */
function compact(h: Headline): ListHeadline {
  return h.snippet === undefined
    ? { id: h.id, feed: h.feed, title: h.title, url: h.url }
    : { id: h.id, feed: h.feed, title: h.title, url: h.url, snippet: h.snippet };
}

function timed(headlines: readonly Headline[]): Timed[] {
  const out = headlines.map((h) => ({ h: compact(h), t: sortTime(h) || 0 }));
  // Stable: equal times keep their input order.
  out.sort((x, y) => y.t - x.t);
  return out;
}

// Rows handled between two yields of the stepwise builders: ~5-10 ms of work on this machine.
const STEP_ROWS = 10_000;

/** Runs a stepwise builder to its end at once. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Builds the index from headlines already sorted newest first, yielding every STEP_ROWS rows. */
function* indexSortedSteps(
  sorted: readonly Timed[],
  subscriptions: readonly Subscription[],
  source: FlagSource,
  previous?: Library,
  loadSnippets: Library['loadSnippets'] = previous?.loadSnippets,
): Generator<void, Library> {
  const n = sorted.length;
  const headlines = new Array<ListHeadline>(n);
  const times = new Float64Array(n);
  const flags = new Uint8Array(n);
  const indexById = new Map<string, number>();
  const unreadByFeed = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % STEP_ROWS === 0) yield;
    const { h, t, f: known } = sorted[i]!;
    headlines[i] = h;
    times[i] = t;
    indexById.set(h.id, i);
    const before = known === undefined ? previous?.indexById.get(h.id) : undefined;
    const f =
      known ??
      (before !== undefined
        ? previous!.flags[before]!
        : (source.isRead(h.id) ? READ : 0) | (source.isStarred(h.id) ? STARRED : 0));
    flags[i] = f;
    if (!(f & READ)) unreadByFeed.set(h.feed, (unreadByFeed.get(h.feed) ?? 0) + 1);
  }
  const feedTitles = new Map(subscriptions.map((s) => [s.url, s.title || s.url]));
  return { headlines, times, flags, indexById, subscriptions, feedTitles, unreadByFeed, loadSnippets };
}

/** Builds the compact index the UI works on, newest first. */
export function buildLibrary(
  headlines: readonly Headline[],
  subscriptions: readonly Subscription[],
  source: FlagSource,
  loadSnippets?: Library['loadSnippets'],
): Library {
  return finish(indexSortedSteps(timed(headlines), subscriptions, source, undefined, loadSnippets));
}

/**
 * Replaces the headlines of some feeds (after a refresh reloaded just those). A reloaded feed mostly
 * holds the headlines the library already has: those keep their place, object and flags, and only the
 * new or re-dated ones are sorted and merged in (at 100,000 headlines with every feed reloaded: ~300 ms
 * of the UI thread when everything was re-sorted, ~190 ms now).
 */
export function replaceFeeds(
  lib: Library,
  fresh: ReadonlyMap<string, readonly Headline[]>,
  subscriptions: readonly Subscription[],
  source: FlagSource,
): Library {
  return finish(replaceFeedsSteps(lib, fresh, subscriptions, source));
}

/**
 * A refresh's reload of some feeds, gathered feed by feed against the library it started from: for each
 * of that library's rows a reloaded feed still holds with the same date, its (possibly updated) headline;
 * and the headlines to sort in (new, or re-dated). A reloaded feed's headlines that the library already
 * has are dropped as soon as the feed is compared, so a big reload leaves little live garbage behind
 * (holding 100,000 reloaded headlines until the merge cost the reader 100+ ms young-generation pauses).
 */
export interface Reload {
  readonly base: Library;
  readonly feeds: Set<string>;
  readonly again: (ListHeadline | undefined)[];
  readonly added: Headline[];
}

export function startReload(base: Library): Reload {
  return { base, feeds: new Set(), again: new Array(base.headlines.length), added: [] };
}

/** Compares one reloaded feed's headlines with the reload's base library. */
export function addReloadedFeed(reload: Reload, feed: string, headlines: readonly Headline[]): void {
  const { base, again, added } = reload;
  reload.feeds.add(feed);
  for (const h of headlines) {
    const i = base.indexById.get(h.id);
    const old = i === undefined ? undefined : base.headlines[i]!;
    if (old === undefined || old.feed !== feed || (sortTime(h) || 0) !== base.times[i!]) {
      added.push(h);
      continue;
    }
    again[i!] = old.title === h.title && old.url === h.url && old.snippet === h.snippet ? old : compact(h);
  }
}

/**
 * replaceFeeds in steps of a few milliseconds: the reader runs one step per turn of the event loop, so
 * keys pressed while a big refresh is merged are handled between steps. The result holds the base
 * library's flags: a caller whose library changed meanwhile re-reads them (withStoreFlags).
 */
export function replaceFeedsSteps(
  lib: Library,
  fresh: ReadonlyMap<string, readonly Headline[]>,
  subscriptions: readonly Subscription[],
  source: FlagSource,
): Generator<void, Library> {
  const reload = startReload(lib);
  for (const [feed, headlines] of fresh) addReloadedFeed(reload, feed, headlines);
  return applyReloadSteps(reload, subscriptions, source);
}

/** Merges a gathered reload into its base library, yielding every STEP_ROWS rows. */
export function* applyReloadSteps(
  reload: Reload,
  subscriptions: readonly Subscription[],
  source: FlagSource,
): Generator<void, Library> {
  const { base: lib, feeds, again, added } = reload;
  const subscribed = new Set(subscriptions.map((s) => s.url));
  const kept: Timed[] = [];
  for (let i = 0; i < lib.headlines.length; i++) {
    if (i > 0 && i % STEP_ROWS === 0) yield;
    const h = lib.headlines[i]!;
    if (!subscribed.has(h.feed)) continue;
    if (!feeds.has(h.feed)) kept.push({ h, t: lib.times[i]!, f: lib.flags[i]! });
    else if (again[i]) kept.push({ h: again[i]!, t: lib.times[i]!, f: lib.flags[i]! });
  }
  const sortedAdded = timed(added);
  yield;
  const merged: Timed[] = [];
  let a = 0;
  let b = 0;
  while (a < kept.length || b < sortedAdded.length) {
    if (b >= sortedAdded.length || (a < kept.length && kept[a]!.t >= sortedAdded[b]!.t))
      merged.push(kept[a++]!);
    else merged.push(sortedAdded[b++]!);
  }
  yield;
  return yield* indexSortedSteps(merged, subscriptions, source, lib);
}

/** The library with every headline's flags (and the unread counts) read again from `source`. */
export function withStoreFlags(lib: Library, source: FlagSource): Library {
  const flags = new Uint8Array(lib.headlines.length);
  const unreadByFeed = new Map<string, number>();
  for (let i = 0; i < lib.headlines.length; i++) {
    const h = lib.headlines[i]!;
    const f = (source.isRead(h.id) ? READ : 0) | (source.isStarred(h.id) ? STARRED : 0);
    flags[i] = f;
    if (!(f & READ)) unreadByFeed.set(h.feed, (unreadByFeed.get(h.feed) ?? 0) + 1);
  }
  return { ...lib, flags, unreadByFeed };
}

/** Returns a library with the flag bit set or cleared on the given ids, keeping unread counts right. */
export function withFlag(lib: Library, ids: readonly string[], bit: number, on: boolean): Library {
  const flags = lib.flags.slice();
  const unreadByFeed = new Map(lib.unreadByFeed);
  for (const id of ids) {
    const i = lib.indexById.get(id);
    if (i === undefined) continue;
    const before = flags[i]!;
    const after = on ? before | bit : before & ~bit;
    if (before === after) continue;
    flags[i] = after;
    if (bit === READ) {
      const feed = lib.headlines[i]!.feed;
      unreadByFeed.set(feed, (unreadByFeed.get(feed) ?? 0) + (on ? -1 : 1));
    }
  }
  return { ...lib, flags, unreadByFeed };
}

/** The feeds pane: All, Unread, Starred, each feed, then each tag; with unread counts. */
export function feedEntries(lib: Library, errors: readonly FeedError[]): FeedEntry[] {
  let unread = 0;
  for (const n of lib.unreadByFeed.values()) unread += n;
  let starred = lib.partial?.starred ?? 0;
  if (!lib.partial) for (let i = 0; i < lib.flags.length; i++) if (lib.flags[i]! & STARRED) starred++;
  const failing = new Set(errors.map((e) => e.url));
  const entries: FeedEntry[] = [
    { key: 'all', label: 'All', filter: { kind: 'all' }, unread },
    { key: 'unread', label: 'Unread', filter: { kind: 'unread' }, unread },
    { key: 'starred', label: 'Starred', filter: { kind: 'starred' }, unread: starred },
  ];
  const tags = new Map<string, number>();
  for (const s of lib.subscriptions) {
    const n = lib.unreadByFeed.get(s.url) ?? 0;
    entries.push({
      key: `feed:${s.url}`,
      label: lib.feedTitles.get(s.url) ?? s.url,
      filter: { kind: 'feed', url: s.url },
      unread: n,
      failing: failing.has(s.url),
    });
    for (const t of s.tags) tags.set(t, (tags.get(t) ?? 0) + n);
  }
  // By code point, case-folded: localeCompare's first call loads ICU's collation data (~9 ms of the
  // first frame) for a handful of tag names.
  const byName = (a: [string, number], b: [string, number]) => {
    const x = a[0].toLowerCase();
    const y = b[0].toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  };
  for (const [tag, n] of [...tags].sort(byName)) {
    entries.push({ key: `tag:${tag}`, label: `#${tag}`, filter: { kind: 'tag', tag }, unread: n });
  }
  return entries;
}

/** The failing feeds recorded by the last refresh (from the store's feed states). */
export function errorsFromStates(
  subscriptions: readonly Subscription[],
  states: Readonly<Record<string, FeedState>>,
): FeedError[] {
  const errors: FeedError[] = [];
  for (const s of subscriptions) {
    const st = states[s.url];
    if (st?.status === 'error')
      errors.push({ url: s.url, title: s.title || s.url, error: st.error ?? 'failed' });
  }
  return errors;
}
