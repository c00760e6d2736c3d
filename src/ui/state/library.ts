import type { FeedState, Headline, Subscription } from '../../core/types.js';
import { finish, indexSortedSteps, timed } from './library-index.js';
import type { FeedEntry, FeedError, Library } from './types.js';
import { READ, STARRED } from './types.js';

/** Reads a headline's flags; the store is asked once per headline at load, then the UI keeps them. */
export interface FlagSource {
  isRead(id: string): boolean;
  isStarred(id: string): boolean;
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

/** What librarySteps reads the cache through (a Store). */
export interface HeadlineSource extends FlagSource {
  subscriptions(): readonly Subscription[];
  loadHeadlines(feedUrl: string): Headline[];
}

// Feeds read between two yields of librarySteps (at 100,000 headlines in 200 feeds: ~10-20 ms a step).
const FEEDS_PER_STEP = 8;

/**
 * buildLibrary over the whole cache, in steps: the feeds' headline files a few at a time, the sort, then
 * the index every STEP_ROWS rows. The reader runs one step per turn of the event loop after its first
 * frame, so keys are answered while a large cache loads.
 */
export function* librarySteps(
  source: HeadlineSource,
  loadSnippets?: Library['loadSnippets'],
): Generator<void, Library> {
  const subscriptions = source.subscriptions();
  const headlines: Headline[] = [];
  for (let k = 0; k < subscriptions.length; k++) {
    if (k > 0 && k % FEEDS_PER_STEP === 0) yield;
    for (const h of source.loadHeadlines(subscriptions[k]!.url)) headlines.push(h);
  }
  yield;
  const sorted = timed(headlines);
  yield;
  return yield* indexSortedSteps(sorted, subscriptions, source, undefined, loadSnippets);
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
