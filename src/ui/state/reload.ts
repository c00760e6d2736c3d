import type { HeadlineDelta } from '../../core/refresh/headline-delta.js';
import type { Headline, Subscription } from '../../core/types.js';
import { sortTime } from '../../core/types.js';
import type { FlagSource } from './library.js';
import { compact, indexSortedSteps, STEP_ROWS, type Timed, timed } from './library-index.js';
import type { Library, ListHeadline } from './types.js';
import { READ, STARRED } from './types.js';

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
  /** Ids of the base library to drop (from feeds given as a delta: gone, or changed and added again). */
  readonly dropped: Set<string>;
}

export function startReload(base: Library): Reload {
  return { base, feeds: new Set(), again: new Array(base.headlines.length), added: [], dropped: new Set() };
}

/**
 * Applies how one feed's headlines changed (core/refresh/headline-delta.ts) instead of its whole
 * reloaded list: the feed's other rows keep their place, object and flags untouched, and no file is
 * read (at 100,000 headlines, re-reading every changed feed was ~0.6 s of the reader's thread at the end
 * of each refresh). A headline added that the library already has is a changed one: its old row goes.
 */
export function addFeedDelta(reload: Reload, delta: HeadlineDelta): void {
  for (const id of delta.removed) reload.dropped.add(id);
  for (const h of delta.added) {
    if (reload.base.indexById.has(h.id)) reload.dropped.add(h.id);
    reload.added.push(h);
  }
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
 * Merges a gathered reload into its base library in steps of a few milliseconds (the reader runs one
 * per turn of the event loop, so keys are handled between them). A reloaded feed mostly holds headlines
 * the library already has: those keep their place, object and flags, and only new or re-dated ones are
 * sorted in (at 100,000 headlines with every feed reloaded: ~300 ms when everything was re-sorted in one
 * block, ~190 ms now, spread over steps). The result holds the base library's flags: a caller whose
 * library changed meanwhile re-reads them (withStoreFlags).
 */
export function* applyReloadSteps(
  reload: Reload,
  subscriptions: readonly Subscription[],
  source: FlagSource,
): Generator<void, Library> {
  const { base: lib, feeds, again, added, dropped } = reload;
  const subscribed = new Set(subscriptions.map((s) => s.url));
  const kept: Timed[] = [];
  for (let i = 0; i < lib.headlines.length; i++) {
    if (i > 0 && i % STEP_ROWS === 0) yield;
    const h = lib.headlines[i]!;
    if (!subscribed.has(h.feed) || dropped.has(h.id)) continue;
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
