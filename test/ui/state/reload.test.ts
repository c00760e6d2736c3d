import { describe, expect, it } from 'vitest';
import { headlineDelta } from '../../../src/core/refresh/headline-delta.js';
import type { Article, Headline } from '../../../src/core/types.js';
import type { FlagSource } from '../../../src/ui/state/library.js';
import { finish } from '../../../src/ui/state/library-index.js';
import {
  addFeedDelta,
  addReloadedFeed,
  applyReloadSteps,
  startReload,
  withStoreFlags,
} from '../../../src/ui/state/reload.js';
import type { Library } from '../../../src/ui/state/types.js';
import { READ } from '../../../src/ui/state/types.js';
import { FEEDS, headlines, library } from '../fixtures.js';

/** The reader's reload, as useRefresh runs it: each feed compared as read, then the merge in steps. */
function mergeSteps(lib: Library, fresh: ReadonlyMap<string, readonly Headline[]>, source: FlagSource) {
  const reload = startReload(lib);
  for (const [feed, headlines] of fresh) addReloadedFeed(reload, feed, headlines);
  return applyReloadSteps(reload, FEEDS, source);
}
const merged = (lib: Library, fresh: ReadonlyMap<string, readonly Headline[]>, source: FlagSource) =>
  finish(mergeSteps(lib, fresh, source));

describe('merging a reload', () => {
  it('merges a refreshed feed in date order and keeps known read marks', () => {
    const lib = library(6, ['h1']);
    const beta = FEEDS[1]!.url;
    const fresh = [
      ...headlines(6).filter((h) => h.feed === beta),
      {
        id: 'new',
        feed: beta,
        title: 'Newest',
        published: '2026-11-27T09:00:00Z',
        firstSeen: '2026-11-27T09:00:00Z',
      },
    ];
    const next = merged(lib, new Map([[beta, fresh]]), {
      isRead: () => false,
      isStarred: () => false,
    });
    expect(next.headlines.map((h) => h.id)).toEqual(['new', 'h0', 'h1', 'h2', 'h3', 'h4', 'h5']);
    expect(next.flags[next.indexById.get('h1')!]! & READ).toBe(READ);
    expect(next.unreadByFeed.get(beta)).toBe(3);
  });
});

describe('a reloaded feed', () => {
  const none = { isRead: () => false, isStarred: () => false };
  const beta = FEEDS[1]!.url;

  it('keeps unchanged headlines in place, updates changed titles, moves re-dated ones, drops removed ones', () => {
    const lib = library(8, [], ['h3']);
    const old = headlines(8).filter((h) => h.feed === beta); // h1, h3, h5, h7
    const fresh = old
      .filter((h) => h.id !== 'h7')
      .map((h) =>
        h.id === 'h3'
          ? { ...h, title: 'Harbour storm closes the port (updated)' }
          : h.id === 'h5'
            ? { ...h, published: '2026-11-27T09:30:00Z' }
            : h,
      );
    const next = merged(lib, new Map([[beta, fresh]]), none);
    expect(next.headlines.map((h) => h.id)).toEqual(['h5', 'h0', 'h1', 'h2', 'h3', 'h4', 'h6']);
    expect(next.headlines[next.indexById.get('h3')!]!.title).toBe('Harbour storm closes the port (updated)');
    // Flags travel with kept headlines.
    expect(next.flags[next.indexById.get('h3')!]).toBe(lib.flags[lib.indexById.get('h3')!]);
    // The untouched feed's objects are the same ones.
    expect(next.headlines[next.indexById.get('h0')!]).toBe(lib.headlines[lib.indexById.get('h0')!]);
  });
});

describe('merging a reload in steps', () => {
  it('gives the same library in steps as in one go, in several steps for a big merge', () => {
    const none = { isRead: (id: string) => id === 'h7', isStarred: () => false };
    const lib = library(30_000, ['h7']);
    const beta = FEEDS[1]!.url;
    const fresh = new Map([[beta, headlines(30_000).filter((h) => h.feed === beta && h.id !== 'h9')]]);
    const steps = mergeSteps(lib, fresh, none);
    let count = 0;
    let next = steps.next();
    while (!next.done) {
      count++;
      next = steps.next();
    }
    expect(count).toBeGreaterThan(3);
    const whole = merged(lib, fresh, none);
    expect(next.value.headlines.map((h) => h.id)).toEqual(whole.headlines.map((h) => h.id));
    expect([...next.value.flags]).toEqual([...whole.flags]);
  });

  it('re-reads flags from the store for a library that changed meanwhile', () => {
    const lib = library(6, ['h1']);
    const again = withStoreFlags(lib, { isRead: (id) => id === 'h2', isStarred: (id) => id === 'h0' });
    expect(again.flags[again.indexById.get('h1')!]! & READ).toBe(0);
    expect(again.flags[again.indexById.get('h2')!]! & READ).toBe(READ);
    expect(again.unreadByFeed.get(FEEDS[0]!.url)).toBe(2);
  });
});

describe('a feed given as a delta', () => {
  const source = {
    isRead: (id: string) => id === 'h3' || id === 'h9',
    isStarred: (id: string) => id === 'h5',
  };
  const beta = FEEDS[1]!.url;
  const asArticle = (h: Headline): Article => ({ ...h, enclosures: [] });

  it('gives the same library as re-reading the feed, keeping marks and the other rows untouched', () => {
    const lib = library(40, ['h3', 'h9'], ['h5']);
    const before = headlines(40).filter((h) => h.feed === beta);
    // A refresh: two new stories, one retitled, one re-dated, one gone.
    const after: Headline[] = [
      {
        id: 'n1',
        feed: beta,
        title: 'Newest',
        published: '2026-11-27T09:30:00Z',
        firstSeen: '2026-11-27T09:30:00Z',
      },
      {
        id: 'n2',
        feed: beta,
        title: 'Backdated',
        published: '2026-11-27T07:40:30Z',
        firstSeen: '2026-11-27T09:30:00Z',
      },
      ...before
        .filter((h) => h.id !== 'h7')
        .map((h) =>
          h.id === 'h3'
            ? { ...h, title: 'Harbour storm closes the port (updated)' }
            : h.id === 'h5'
              ? { ...h, published: '2026-11-27T09:10:00Z' }
              : h,
        ),
    ];
    const reread = merged(lib, new Map([[beta, after]]), source);
    const reload = startReload(lib);
    addFeedDelta(reload, headlineDelta(beta, before.map(asArticle), after.map(asArticle)));
    const delta = finish(applyReloadSteps(reload, FEEDS, source));
    const view = (l: Library) =>
      l.headlines.map((h, i) => [h.id, h.title, h.url ?? null, l.times[i], l.flags[i]]);
    expect(view(delta)).toEqual(view(reread));
    expect([...delta.unreadByFeed]).toEqual([...reread.unreadByFeed]);
    expect(delta.headlines.slice(0, 3).map((h) => h.id)).toEqual(['n1', 'h5', 'h0']);
    // The other feed's rows are the same objects.
    expect(delta.headlines[delta.indexById.get('h0')!]).toBe(lib.headlines[lib.indexById.get('h0')!]);
  });
});
