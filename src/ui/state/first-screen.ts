import type { FirstScreen, FirstScreenRow } from '../../core/store/first-screen.js';
import type { Subscription } from '../../core/types.js';
import type { FlagSource } from './library.js';
import { type Library, type ListHeadline, READ, STARRED } from './types.js';

/** Rows kept: more than any terminal shows at once. */
export const FIRST_SCREEN_ROWS = 200;

/** The first screen of a whole library: its newest headlines (the All view's order) and its counts. */
export function firstScreenOf(lib: Library, rows = FIRST_SCREEN_ROWS): FirstScreen {
  const n = Math.min(rows, lib.headlines.length);
  const out: FirstScreenRow[] = [];
  let starred = 0;
  for (let i = 0; i < lib.flags.length; i++) if (lib.flags[i]! & STARRED) starred++;
  for (let i = 0; i < n; i++) {
    const h = lib.headlines[i]!;
    out.push([h.id, h.feed, h.title, h.url, lib.times[i]!]);
  }
  return {
    total: lib.headlines.length,
    starred,
    unreadByFeed: Object.fromEntries(lib.unreadByFeed),
    rows: out,
  };
}

/**
 * A library of just the first screen, for the first frame: the newest headlines with their flags read
 * from the store, and the whole cache's counts. `partial` marks it; the reader replaces it with the
 * whole library right after the frame is painted.
 */
export function libraryFromFirstScreen(
  screen: FirstScreen,
  subscriptions: readonly Subscription[],
  source: FlagSource,
  loadSnippets?: Library['loadSnippets'],
): Library {
  const subscribed = new Set(subscriptions.map((s) => s.url));
  const rows = screen.rows.filter((row) => subscribed.has(row[1]));
  const headlines: ListHeadline[] = [];
  const times = new Float64Array(rows.length);
  const flags = new Uint8Array(rows.length);
  const indexById = new Map<string, number>();
  rows.forEach(([id, feed, title, url, time], i) => {
    headlines.push(url === undefined ? { id, feed, title } : { id, feed, title, url });
    times[i] = time;
    flags[i] = (source.isRead(id) ? READ : 0) | (source.isStarred(id) ? STARRED : 0);
    indexById.set(id, i);
  });
  const unreadByFeed = new Map<string, number>();
  for (const [feed, n] of Object.entries(screen.unreadByFeed))
    if (subscribed.has(feed)) unreadByFeed.set(feed, n);
  return {
    headlines,
    times,
    flags,
    indexById,
    subscriptions,
    feedTitles: new Map(subscriptions.map((s) => [s.url, s.title || s.url])),
    unreadByFeed,
    loadSnippets,
    partial: { total: screen.total, starred: screen.starred },
  };
}
