import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../src/core/article/types.js';
import type { RelatedEntry } from '../../../src/core/related/for-article.js';
import type { Action, Command, Effect } from '../../../src/ui/state/actions.js';
import { buildGroups } from '../../../src/ui/state/groups.js';
import { initialState } from '../../../src/ui/state/initial.js';
import { buildLibrary } from '../../../src/ui/state/library.js';
import { reduce } from '../../../src/ui/state/reducer.js';
import { frameLines } from '../../../src/ui/state/related.js';
import { mergeRelated } from '../../../src/ui/state/related-lines.js';
import type { ArticleDoc, State } from '../../../src/ui/state/types.js';
import { READ } from '../../../src/ui/state/types.js';
import { FEEDS, headlines, library } from '../fixtures.js';

type Step = Action | Command | [Command, string];

function run(state: State, ...steps: Step[]): { state: State; effects: Effect[] } {
  const effects: Effect[] = [];
  let s = state;
  for (const a of steps) {
    const action: Action =
      typeof a === 'string'
        ? { type: 'command', command: a }
        : Array.isArray(a)
          ? { type: 'command', command: a[0], key: a[1] }
          : a;
    const u = reduce(s, action);
    s = u.state;
    effects.push(...u.effects);
  }
  return { state: s, effects };
}

const article: ExtractedArticle = {
  url: 'http://127.0.0.1/story/0',
  title: 'Story number 0',
  blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Body text.' }] }],
  text: 'Body text.',
  links: [
    { n: 1, text: 'one', url: 'http://127.0.0.1/one' },
    { n: 2, text: 'two', url: 'http://127.0.0.1/two' },
    { n: 12, text: 'twelve', url: 'http://127.0.0.1/twelve' },
  ],
  related: [],
};

const doc: ArticleDoc = {
  title: 'Story number 0',
  source: 'Alpha News',
  url: 'http://127.0.0.1/story/0',
  text: 'Body text.',
  article,
  body: 'full',
};

const ENTRIES: RelatedEntry[] = [
  { title: 'A page link', url: 'http://127.0.0.1/elsewhere', source: 'page' },
  {
    title: 'Story number 7',
    url: 'http://127.0.0.1/story/7',
    source: 'feeds',
    id: 'h7',
    feed: FEEDS[1]!.url,
    feedTitle: 'Beta Daily',
  },
];

/** The reader with story h0 open, its text and Related entries loaded. */
function opened(height = 20) {
  const s = run(initialState(library(20), 100, height), 'open').state;
  const ref = s.stack[0]!.ref;
  return run(s, { type: 'articleLoaded', ref, doc }, { type: 'relatedLoaded', ref, entries: ENTRIES }).state;
}

describe('the Related section of the article view', () => {
  it('lists page links under Related, then feed matches under In your feeds, after the body', () => {
    const texts = frameLines(opened().stack[0], 100).map((l) => l.text.trim());
    const related = texts.indexOf('Related');
    expect(related).toBeGreaterThan(texts.indexOf('Body text.'));
    expect(texts.slice(related)).toEqual([
      'Related',
      '› A page link — 127.0.0.1',
      '',
      'In your feeds',
      '› Story number 7 — Beta Daily',
    ]);
  });

  it('selects entries with Tab, ] and [, wrapping, and says so when there are none', () => {
    const s = opened();
    expect(run(s, 'nextRelated').state.stack[0]!.relSel).toBe(0);
    expect(run(s, 'nextRelated', 'nextRelated').state.stack[0]!.relSel).toBe(1);
    expect(run(s, 'nextRelated', 'nextRelated', 'nextRelated').state.stack[0]!.relSel).toBe(0);
    expect(run(s, 'prevRelated').state.stack[0]!.relSel).toBe(1);
    const bare = run(initialState(library(5), 100, 20), 'open').state;
    expect(run(bare, 'nextRelated').state.message).toMatch(/related/i);
  });

  it('scrolls the selected entry into view', () => {
    const s = opened(8);
    const next = run(s, 'nextRelated', 'nextRelated').state;
    const lines = frameLines(next.stack[0], 100);
    const row = lines.findIndex((l) => 'entry' in l && l.entry === 1);
    expect(next.stack[0]!.scroll).toBeGreaterThan(0);
    expect(row).toBeLessThan(next.stack[0]!.scroll + 8);
  });

  it('opens a page link by URL on the history stack, and Back returns with the scroll kept', () => {
    const s = run(opened(8), 'nextRelated').state;
    const scroll = s.stack[0]!.scroll;
    const { state, effects } = run(s, 'openRelated');
    expect(state.stack).toHaveLength(2);
    expect(state.stack[1]!.ref).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1/elsewhere',
      title: 'A page link',
    });
    expect(effects).toContainEqual({ type: 'loadArticle', ref: state.stack[1]!.ref });
    const back = run(state, 'back').state;
    expect(back.stack).toHaveLength(1);
    expect(back.stack[0]!.scroll).toBe(scroll);
    expect(back.stack[0]!.relSel).toBe(0);
  });

  it('opens a cached story by its headline, so it is marked read', () => {
    const { state, effects } = run(opened(), 'nextRelated', 'nextRelated', 'openRelated');
    expect(state.stack[1]!.ref).toEqual({ kind: 'headline', id: 'h7', feed: FEEDS[1]!.url });
    expect(effects).toContainEqual({ type: 'setRead', ids: ['h7'], read: true });
    expect(state.lib.flags[state.lib.indexById.get('h7')!]! & READ).toBe(READ);
  });

  it('copies and opens the selected entry, else the article', () => {
    const s = opened();
    expect(run(s, 'copyUrl').effects).toEqual([{ type: 'copy', url: 'http://127.0.0.1/story/0' }]);
    expect(run(s, 'nextRelated', 'copyUrl').effects).toEqual([
      { type: 'copy', url: 'http://127.0.0.1/elsewhere' },
    ]);
    expect(run(s, 'nextRelated', 'openInBrowser').effects).toEqual([
      { type: 'openUrl', url: 'http://127.0.0.1/elsewhere' },
    ]);
  });
});

describe('numbered links in the article view', () => {
  it('opens link n with a number then o, copies it with a number then c', () => {
    const s = opened();
    expect(run(s, ['digit', '2'], 'openInBrowser').effects).toEqual([
      { type: 'openUrl', url: 'http://127.0.0.1/two' },
    ]);
    expect(run(s, ['digit', '1'], ['digit', '2'], 'copyUrl').effects).toEqual([
      { type: 'copy', url: 'http://127.0.0.1/twelve' },
    ]);
  });

  it('keeps the pending number in the state until a command uses it; Esc clears it without leaving', () => {
    const s = opened();
    expect(run(s, ['digit', '3']).state.count).toBe('3');
    const cleared = run(s, ['digit', '3'], 'back').state;
    expect(cleared.count).toBeUndefined();
    expect(cleared.stack).toHaveLength(1);
    expect(run(s, ['digit', '3'], 'down').state.count).toBeUndefined();
  });

  it('says so when the article has no such link', () => {
    const { state, effects } = run(opened(), ['digit', '9'], 'openInBrowser');
    expect(effects).toEqual([]);
    expect(state.message).toBe('No link 9 in this article');
  });
});

describe('the same story in several feeds', () => {
  function grouped() {
    const list = headlines(6);
    // h1 (Beta) republishes h0 (Alpha) at the same URL; h4 (Alpha) and h5 (Beta) share a title.
    list[1] = { ...list[1]!, url: list[0]!.url, title: 'Wire story reprinted' };
    list[4] = { ...list[4]!, title: 'Council approves the new tram line budget' };
    list[5] = { ...list[5]!, title: 'Council approves the new tram line budget today' };
    const lib = buildLibrary(list, FEEDS, { isRead: () => false, isStarred: () => false });
    const s = initialState(lib, 100, 20);
    return { s, groups: buildGroups(lib) };
  }
  const ids = (s: State) => [...s.view].map((i) => s.lib.headlines[i]!.id);

  it('shows every headline until the groups are ready, then one row per story', () => {
    const { s, groups } = grouped();
    expect(ids(s)).toEqual(['h0', 'h1', 'h2', 'h3', 'h4', 'h5']);
    const after = run(s, { type: 'groups', groups }).state;
    expect(ids(after)).toEqual(['h0', 'h2', 'h3', 'h4']);
    expect(groups.members.get(after.lib.indexById.get('h0')!)).toHaveLength(2);
  });

  it('keeps the selected story selected when the groups arrive', () => {
    const { s, groups } = grouped();
    const at5 = run(s, 'bottom', { type: 'groups', groups }).state;
    expect(at5.lib.headlines[at5.view[at5.sel]!]!.id).toBe('h4');
  });

  it('opening a grouped row marks every version read and lists the others atop the article', () => {
    const { s, groups } = grouped();
    const { state, effects } = run(s, { type: 'groups', groups }, 'open');
    expect(effects).toContainEqual({ type: 'setRead', ids: ['h0'], read: true });
    expect(effects).toContainEqual({ type: 'setRead', ids: ['h1'], read: true });
    expect(state.stack[0]!.versions?.map((v) => v.id)).toEqual(['h1']);
    const lines = frameLines(state.stack[0], 100).map((l) => l.text.trim());
    expect(lines[0]).toMatch(/^Also in 1 other feed/);
    expect(lines[1]).toBe('› Wire story reprinted — Beta Daily');
    // The version is the first selectable entry; Enter opens it as a new history level.
    const version = run(state, 'nextRelated', 'openRelated').state;
    expect(version.stack[1]!.ref).toEqual({ kind: 'headline', id: 'h1', feed: FEEDS[1]!.url });
  });

  it('drops groups made for an older library (refresh) and shows every headline again', () => {
    const { s, groups } = grouped();
    const after = run(s, { type: 'groups', groups }).state;
    const fresh = library(6);
    const reloaded = run(after, { type: 'library', lib: fresh }).state;
    expect(reloaded.groups).toBeUndefined();
    expect(reloaded.view.length).toBe(6);
  });
});

describe('mergeRelated', () => {
  it('puts page links first, then feed matches, never the article itself or one URL twice', () => {
    const entries = mergeRelated(
      'http://127.0.0.1/self',
      [
        { title: 'Page \u001b[31mred\u001b[0m', url: 'http://127.0.0.1/a' },
        { title: 'Self', url: 'http://127.0.0.1/self#top' },
      ],
      [
        { id: 'x', feed: 'http://127.0.0.1/f.xml', title: 'Again', url: 'http://127.0.0.1/a', score: 0.9 },
        { id: 'y', feed: 'http://127.0.0.1/f.xml', title: 'Other', url: 'http://127.0.0.1/b', score: 0.5 },
      ],
      new Map([['http://127.0.0.1/f.xml', 'Feed F']]),
      5,
    );
    expect(entries.map((e) => [e.title, e.source, e.feedTitle])).toEqual([
      ['Page red', 'page', undefined],
      ['Other', 'feeds', 'Feed F'],
    ]);
  });
});
