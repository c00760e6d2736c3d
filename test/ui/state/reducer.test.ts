import { describe, expect, it } from 'vitest';
import type { Action, Command, Effect } from '../../../src/ui/state/actions.js';
import { initialState } from '../../../src/ui/state/initial.js';
import { reduce, refreshSummary } from '../../../src/ui/state/reducer.js';
import type { State } from '../../../src/ui/state/types.js';
import { READ } from '../../../src/ui/state/types.js';
import { keepInView } from '../../../src/ui/state/view.js';
import { FEEDS, library } from '../fixtures.js';

function run(state: State, ...actions: (Action | Command)[]): { state: State; effects: Effect[] } {
  const effects: Effect[] = [];
  let s = state;
  for (const a of actions) {
    const u = reduce(s, typeof a === 'string' ? { type: 'command', command: a } : a);
    s = u.state;
    effects.push(...u.effects);
  }
  return { state: s, effects };
}

const start = (n = 50, width = 120, height = 20) => initialState(library(n), width, height);
const selectedId = (s: State) => s.lib.headlines[s.view[s.sel]!]!.id;
const visibleIds = (s: State) => [...s.view].map((i) => s.lib.headlines[i]!.id);

describe('keepInView', () => {
  it('keeps the window when the selection is inside it', () => expect(keepInView(5, 2, 10)).toBe(2));
  it('scrolls down just enough', () => expect(keepInView(15, 2, 10)).toBe(6));
  it('scrolls up to the selection', () => expect(keepInView(1, 4, 10)).toBe(1));
  it('handles a zero-height window', () => expect(keepInView(5, 3, 0)).toBe(0));
});

describe('moving in the headline list', () => {
  it('moves down and up and stops at the ends', () => {
    expect(run(start(), 'down', 'down', 'up').state.sel).toBe(1);
    expect(run(start(), 'up').state.sel).toBe(0);
    expect(run(start(5), 'down', 'down', 'down', 'down', 'down', 'down').state.sel).toBe(4);
  });

  it('applies every key of a 200-key burst', () => {
    const keys = Array.from({ length: 200 }, () => 'down' as const);
    const s = run(start(1000), ...keys).state;
    expect(s.sel).toBe(200);
    expect(s.offset).toBe(200 - 17 + 1);
  });

  it('pages by the visible height and jumps to top and bottom', () => {
    const s = start(100, 120, 20);
    expect(run(s, 'pageDown').state.sel).toBe(16);
    expect(run(s, 'bottom').state.sel).toBe(99);
    expect(run(s, 'bottom', 'top').state).toMatchObject({ sel: 0, offset: 0 });
  });

  it('keeps the selection visible after a resize', () => {
    const s = run(start(100, 120, 40), 'bottom', { type: 'resize', width: 60, height: 10 }).state;
    expect(s.offset).toBeGreaterThan(99 - 7);
    expect(s.sel).toBe(99);
  });
});

describe('filters', () => {
  it('shows one feed when its entry is selected in the feeds pane', () => {
    const s = run(start(10), 'focusFeeds', 'down', 'down', 'down').state;
    expect(s.feedEntries[s.feedSel]!.label).toBe('Alpha News');
    expect(visibleIds(s)).toEqual(['h0', 'h2', 'h4', 'h6', 'h8']);
  });

  it('shows a tag: every feed that carries it', () => {
    const s = start(6);
    const tag = s.feedEntries.findIndex((e) => e.label === '#tech');
    const moved = run(s, 'focusFeeds', ...Array.from({ length: tag }, () => 'down' as const)).state;
    expect(visibleIds(moved)).toEqual(['h1', 'h3', 'h5']);
  });

  it('lists All, Unread, Starred, the feeds and the tags with unread counts', () => {
    const s = initialState(library(6, ['h0', 'h1'], ['h2']), 120, 20);
    expect(s.feedEntries.map((e) => [e.label, e.unread])).toEqual([
      ['All', 4],
      ['Unread', 4],
      ['Starred', 1],
      ['Alpha News', 2],
      ['Beta Daily', 2],
      ['#tech', 2],
      ['#world', 4],
    ]);
  });

  it('shows only unread or starred stories', () => {
    const s = initialState(library(6, ['h0', 'h1'], ['h2']), 120, 20);
    expect(visibleIds(run(s, 'focusFeeds', 'down').state)).toEqual(['h2', 'h3', 'h4', 'h5']);
    expect(visibleIds(run(s, 'focusFeeds', 'down', 'down').state)).toEqual(['h2']);
  });
});

describe('search', () => {
  it('matches titles and snippets across all feeds, case-insensitively', () => {
    const s = run(start(10), 'search', { type: 'searchChange', query: 'STORM' }).state;
    expect(s.searching).toBe(true);
    expect(visibleIds(s)).toEqual(['h3', 'h5']);
  });

  it('keeps the filter on Enter and clears it on Esc', () => {
    const kept = run(
      start(10),
      'search',
      { type: 'searchChange', query: 'storm' },
      { type: 'searchSubmit' },
    ).state;
    expect(kept.searching).toBe(false);
    expect(visibleIds(kept)).toEqual(['h3', 'h5']);
    const cleared = run(
      start(10),
      'search',
      { type: 'searchChange', query: 'storm' },
      { type: 'searchCancel' },
    ).state;
    expect(cleared.view.length).toBe(10);
    expect(run(kept, 'back').state.view.length).toBe(10);
  });

  it('marks read exactly the stories the search shows', () => {
    const { state, effects } = run(
      start(10),
      'search',
      { type: 'searchChange', query: 'storm' },
      { type: 'searchSubmit' },
      'markAllRead',
    );
    expect(effects).toEqual([{ type: 'setRead', ids: ['h3', 'h5'], read: true }]);
    expect(state.feedEntries[0]!.unread).toBe(8);
  });
});

describe('read and starred', () => {
  it('toggles read on the selected story and asks the store to keep it', () => {
    const { state, effects } = run(start(4), 'down', 'toggleRead');
    expect(effects).toEqual([{ type: 'setRead', ids: ['h1'], read: true }]);
    expect(state.lib.flags[1]! & READ).toBe(READ);
    expect(state.feedEntries.find((e) => e.label === 'Beta Daily')!.unread).toBe(1);
    expect(run(state, 'toggleRead').effects).toEqual([{ type: 'setRead', ids: ['h1'], read: false }]);
  });

  it('stars the selected story', () => {
    const { state, effects } = run(start(4), 'toggleStar');
    expect(effects).toEqual([{ type: 'setStarred', ids: ['h0'], starred: true }]);
    expect(state.feedEntries[2]!.unread).toBe(1);
  });

  it('jumps to the next and previous unread story', () => {
    const s = initialState(library(8, ['h1', 'h2', 'h3', 'h5']), 120, 20);
    expect(selectedId(run(s, 'nextUnread').state)).toBe('h4');
    expect(selectedId(run(s, 'nextUnread', 'nextUnread').state)).toBe('h6');
    expect(selectedId(run(s, 'bottom', 'prevUnread').state)).toBe('h6');
    expect(run(s, 'bottom', 'nextUnread').state.message).toMatch(/No more unread/);
  });
});

describe('article view', () => {
  it('opens the selected story, marks it read and loads it', () => {
    const { state, effects } = run(start(4), 'down', 'open');
    const ref = { kind: 'headline', id: 'h1', feed: FEEDS[1]!.url };
    expect(state.stack).toEqual([{ ref, scroll: 0 }]);
    expect(effects).toEqual([
      { type: 'loadArticle', ref },
      { type: 'setRead', ids: ['h1'], read: true },
    ]);
  });

  it('goes to the next and previous article of the list', () => {
    const s = run(start(4), 'open', 'nextArticle', 'nextArticle', 'prevArticle').state;
    expect(s.stack.at(-1)!.ref).toMatchObject({ id: 'h1' });
    expect(s.sel).toBe(1);
  });

  it('scrolls within the body and comes back with Esc or q', () => {
    const ref = { kind: 'headline' as const, id: 'h0', feed: FEEDS[0]!.url };
    const doc = {
      title: 'T',
      source: 'S',
      text: Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n\n'),
      body: 'feed' as const,
    };
    const opened = run(start(4), 'open', { type: 'articleLoaded', ref, doc }).state;
    expect(opened.stack[0]!.doc).toBe(doc);
    expect(run(opened, 'down', 'down').state.stack[0]!.scroll).toBe(2);
    expect(run(opened, 'up').state.stack[0]!.scroll).toBe(0);
    const bottom = run(opened, 'bottom').state.stack[0]!.scroll;
    expect(bottom).toBe(199 - (20 - 3 - 4));
    expect(run(opened, 'back').state.stack).toEqual([]);
    expect(run(opened, 'quit').effects).toEqual([]);
  });

  it('shows the full text when it says more than the feed, and f swaps back', () => {
    const ref = { kind: 'headline' as const, id: 'h0', feed: FEEDS[0]!.url };
    const feed = { title: 'T', source: 'S', text: 'Teaser.', body: 'feed' as const };
    const full = { title: 'T', source: 'S', text: 'Teaser. And the whole story.', body: 'full' as const };
    const s = run(
      start(4),
      'open',
      { type: 'articleLoaded', ref, doc: feed },
      { type: 'articleLoaded', ref, doc: full },
    ).state;
    expect(s.stack[0]!.doc).toBe(full);
    expect(run(s, 'toggleBody').state.stack[0]!.doc).toBe(feed);
    const only = run(start(4), 'open', { type: 'articleLoaded', ref, doc: feed }, 'toggleBody').state;
    expect(only.message).toMatch(/Only the feed content/);
  });

  it('drops an article that arrives after the view was left', () => {
    const ref = { kind: 'headline' as const, id: 'h0', feed: FEEDS[0]!.url };
    const s = run(start(4), 'open', 'back', { type: 'articleLoaded', ref, error: 'gone' }).state;
    expect(s.stack).toEqual([]);
  });

  it('copies and opens the URL of the story shown', () => {
    expect(run(start(4), 'down', 'copyUrl').effects).toEqual([
      { type: 'copy', url: 'http://127.0.0.1/story/1' },
    ]);
    expect(run(start(4), 'open', 'openInBrowser').effects.at(-1)).toEqual({
      type: 'openUrl',
      url: 'http://127.0.0.1/story/0',
    });
  });
});

describe('refresh and overlays', () => {
  it('asks for a refresh once, and shows progress and the summary', () => {
    expect(run(start(), 'refresh').effects).toEqual([{ type: 'refresh' }]);
    const running = run(
      start(),
      { type: 'refreshStart' },
      { type: 'refreshProgress', done: 12, total: 40 },
    ).state;
    expect(running.refresh).toEqual({ running: true, done: 12, total: 40 });
    expect(run(running, 'refresh').effects).toEqual([]);
    const doneState = run(running, {
      type: 'refreshDone',
      newItems: 3,
      total: 40,
      errors: [{ url: 'u', title: 't', error: 'HTTP 503' }],
    }).state;
    expect(doneState.message).toBe('3 new stories, 1 feed failed (e lists them)');
    expect(run(doneState, 'errors').state.overlay).toBe('errors');
  });

  it('says when every feed failed and suggests the demo', () => {
    expect(refreshSummary(0, 5, 5)).toMatch(/All 5 feeds failed.*newsink --demo/);
  });

  it('keeps the selected story selected when the library reloads', () => {
    const s = run(start(10), 'down', 'down', 'down').state;
    const reloaded = run(s, { type: 'library', lib: library(12) }).state;
    expect(selectedId(reloaded)).toBe('h3');
  });

  it('scrolls a help overlay taller than the screen and stops at its end', () => {
    // 20 rows: a 17-row body, one title row, so 16 help rows show at a time.
    const s = run(initialState(library(5), 80, 20, [], 40), 'help').state;
    expect(run(s, 'bottom').state.overlayScroll).toBe(24);
    expect(run(s, 'bottom', 'down', 'down').state.overlayScroll).toBe(24);
    expect(run(s, 'bottom', 'up').state.overlayScroll).toBe(23);
    expect(run(s, 'pageDown').state.overlayScroll).toBe(16);
    expect(run(s, 'pageDown', 'pageUp', 'pageUp').state.overlayScroll).toBe(0);
  });

  it('opens and closes the help overlay; list keys do nothing under it', () => {
    const s = run(start(), 'help').state;
    expect(s.overlay).toBe('help');
    expect(run(s, 'open').state.stack).toEqual([]);
    expect(run(s, 'back').state.overlay).toBe('none');
  });

  it('quits from the list and from anywhere with forceQuit', () => {
    expect(run(start(), 'quit').effects).toEqual([{ type: 'quit' }]);
    expect(run(start(), 'open', 'forceQuit').effects.at(-1)).toEqual({ type: 'quit' });
  });
});
