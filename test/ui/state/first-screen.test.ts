import { describe, expect, it } from 'vitest';
import { firstScreenOf, libraryFromFirstScreen } from '../../../src/ui/state/first-screen.js';
import { initialState } from '../../../src/ui/state/initial.js';
import { feedEntries } from '../../../src/ui/state/library.js';
import { reduce } from '../../../src/ui/state/reducer.js';
import { FEEDS, library } from '../fixtures.js';

const flags = (read: string[], starred: string[]) => ({
  isRead: (id: string) => read.includes(id),
  isStarred: (id: string) => starred.includes(id),
});

describe('the first screen of a library', () => {
  it('keeps the newest rows and the whole library counts', () => {
    const lib = library(500, ['h1', 'h2', 'h300'], ['h4', 'h400']);
    const screen = firstScreenOf(lib, 50);
    expect(screen.rows).toHaveLength(50);
    expect(screen.rows[0]![0]).toBe('h0');
    expect(screen.total).toBe(500);
    expect(screen.starred).toBe(2);
    expect(screen.unreadByFeed).toEqual(Object.fromEntries(lib.unreadByFeed));
  });

  it('paints the same feeds pane and first rows as the whole library', () => {
    const read = ['h1', 'h2', 'h300'];
    const starred = ['h4', 'h400'];
    const whole = library(500, read, starred);
    const partial = libraryFromFirstScreen(firstScreenOf(whole), FEEDS, flags(read, starred));
    expect(partial.partial).toEqual({ total: 500, starred: 2 });
    expect(feedEntries(partial, [])).toEqual(feedEntries(whole, []));
    const a = initialState(whole, 120, 40);
    const b = initialState(partial, 120, 40);
    for (let r = 0; r < 38; r++) {
      // Snippets are not part of it: search loads them.
      const { snippet: _, ...row } = a.lib.headlines[a.view[r]!]!;
      expect(b.lib.headlines[b.view[r]!]).toEqual(row);
      expect(b.lib.times[b.view[r]!]).toBe(a.lib.times[a.view[r]!]);
      expect(b.lib.flags[b.view[r]!]).toBe(a.lib.flags[a.view[r]!]);
    }
  });

  it('drops rows and counts of feeds unsubscribed since, and gives way to the whole library', () => {
    const whole = library(100);
    const partial = libraryFromFirstScreen(firstScreenOf(whole), [FEEDS[0]!], flags([], []));
    expect(partial.headlines.every((h) => h.feed === FEEDS[0]!.url)).toBe(true);
    expect([...partial.unreadByFeed.keys()]).toEqual([FEEDS[0]!.url]);
    const state = initialState(libraryFromFirstScreen(firstScreenOf(whole), FEEDS, flags([], [])), 120, 40);
    const next = reduce(state, { type: 'library', lib: whole }).state;
    expect(next.lib.partial).toBeUndefined();
    expect(next.view).toHaveLength(100);
  });

  it('keeps the selected story when the whole library arrives, or the end of the list when it was there', () => {
    const whole = library(300);
    const start = () =>
      initialState(libraryFromFirstScreen(firstScreenOf(whole, 50), FEEDS, flags([], [])), 120, 40);
    const moved = reduce(reduce(start(), { type: 'command', command: 'down' }).state, {
      type: 'library',
      lib: whole,
    }).state;
    expect(moved.lib.headlines[moved.view[moved.sel]!]!.id).toBe('h1');
    const atEnd = reduce(start(), { type: 'command', command: 'bottom' }).state;
    expect(atEnd.sel).toBe(49);
    const next = reduce(atEnd, { type: 'library', lib: whole }).state;
    expect(next.sel).toBe(299);
  });
});
