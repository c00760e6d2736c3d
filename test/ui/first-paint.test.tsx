import chalk from 'chalk';
import { render } from 'ink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Headline } from '../../src/core/types.js';
import { Screen } from '../../src/ui/app.js';
import { expectFirstFrame, paintListScreen } from '../../src/ui/first-paint.js';
import { buildKeymap } from '../../src/ui/keymap.js';
import { firstScreenOf, libraryFromFirstScreen } from '../../src/ui/state/first-screen.js';
import { initialState } from '../../src/ui/state/initial.js';
import { buildLibrary } from '../../src/ui/state/library.js';
import type { State } from '../../src/ui/state/types.js';
import { FEEDS, headlines, library } from './fixtures.js';
import { Keyboard, Terminal } from './terminal.js';

const NOW = Date.parse('2026-11-27T09:00:00Z');
const keymap = buildKeymap();

/** The frame Ink renders for `state` (debug mode: each render writes exactly its frame). */
function inkFrame(state: State): string {
  const terminal = new Terminal(state.width, state.height);
  const instance = render(
    <Screen state={state} keymap={keymap} now={NOW} onSearchChange={() => {}} onSearchSubmit={() => {}} />,
    {
      stdout: terminal as unknown as NodeJS.WriteStream,
      stdin: new Keyboard() as unknown as NodeJS.ReadStream,
      debug: true,
      patchConsole: false,
      exitOnCtrlC: false,
    },
  );
  instance.unmount();
  return terminal.frames[0]!;
}

const flags = (read: string[], starred: string[]) => ({
  isRead: (id: string) => read.includes(id),
  isStarred: (id: string) => starred.includes(id),
});

describe('the first paint', () => {
  // Styles are compared too: colour on, as on a terminal.
  let level: typeof chalk.level;
  beforeAll(() => {
    level = chalk.level;
    chalk.level = 3;
  });
  afterAll(() => {
    chalk.level = level;
  });

  const cases: [string, () => State][] = [
    [
      'two panes, 120x40, read and starred rows',
      () => initialState(library(60, ['h1', 'h4'], ['h2']), 120, 40),
    ],
    ['two panes, exactly 80 wide', () => initialState(library(30), 80, 24)],
    ['one pane under 80 columns', () => initialState(library(30), 70, 20)],
    ['the feeds pane focused', () => ({ ...initialState(library(30), 100, 30), pane: 'feeds' })],
    ['one pane showing the feeds', () => ({ ...initialState(library(30), 60, 20), pane: 'feeds' })],
    [
      'a message in the status bar',
      () => ({ ...initialState(library(30), 100, 30), message: 'feeds.json was moved aside' }),
    ],
    ['no subscriptions and no stories', () => initialState(buildLibrary([], [], flags([], [])), 120, 40)],
    [
      'failing feeds',
      () =>
        initialState(library(20), 120, 40, [
          { url: FEEDS[0]!.url, title: FEEDS[0]!.title, error: 'HTTP 500' },
        ]),
    ],
    [
      'a scrolled list and a selection',
      () => ({ ...initialState(library(200), 120, 40), sel: 57, offset: 40 }),
    ],
    [
      'wide characters, emoji and right-to-left titles',
      () => {
        const titles = [
          '東京で大雨、交通に乱れ',
          'Pemilu 2026: hasil 🗳️ sementara',
          'خبر عاجل من الميناء',
          '서울 지하철 파업',
        ];
        const rows: Headline[] = headlines(40).map((h, i) => ({ ...h, title: titles[i % titles.length]! }));
        return initialState(buildLibrary(rows, FEEDS, flags(['h2'], [])), 120, 40);
      },
    ],
    [
      'the saved first screen of a large cache',
      () => {
        const whole = library(300, ['h0'], ['h3']);
        const first = libraryFromFirstScreen(
          { ...firstScreenOf(whole, 50), total: 12_345 },
          FEEDS,
          flags(['h0'], ['h3']),
          () => new Map(),
        );
        return initialState(first, 120, 40);
      },
    ],
  ];

  it.each(cases)('is the frame Ink renders: %s', (_, make) => {
    const state = make();
    const painted = paintListScreen(state, keymap, NOW);
    expect(painted).toBeDefined();
    // Styled (bold unread rows at least), and as tall as the screen Ink draws.
    expect(painted).toContain('\u001b[1m');
    expect(painted).toBe(inkFrame(state));
  });

  it('is not made for screens other than the list (Ink paints those)', () => {
    const state = initialState(library(10), 120, 40);
    expect(paintListScreen({ ...state, overlay: 'help' }, keymap, NOW)).toBeUndefined();
    expect(paintListScreen({ ...state, searching: true }, keymap, NOW)).toBeUndefined();
  });

  describe("Ink's first frame after the paint", () => {
    const stream = () => {
      const written: string[] = [];
      const out = { write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
      return { out, written };
    };

    it('is not written again when it is the painted frame; other output passes', () => {
      const { out, written } = stream();
      expectFirstFrame(out, 'frame');
      out.write('\u001b[?25l');
      out.write('frame\n');
      out.write('next\n');
      expect(written).toEqual(['\u001b[?25l', 'next\n']);
    });

    it('is drawn on a cleared screen when it differs from the painted frame', () => {
      const { out, written } = stream();
      expectFirstFrame(out, 'frame');
      out.write('other frame\n');
      out.write('next\n');
      expect(written).toEqual(['\u001b[H\u001b[2Jother frame\n', 'next\n']);
    });
  });
});
