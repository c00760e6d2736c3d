import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DemoHome, prepareDemoHome } from '../../src/demo/run.js';
import type { SiteStory } from '../../src/demo/site-model.js';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { TmuxSession } from './tmux.js';

// The real binary on the demo site (`newsink --demo`), in a real terminal: related stories there
// link to pages whose related boxes link back (issue 5).
const LONG = 90_000;

let sessions: TmuxSession[] = [];
let homes: DemoHome[] = [];
afterEach(async () => {
  for (const s of sessions) s.kill();
  for (const h of homes) await h.dispose();
  sessions = [];
  homes = [];
});

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.cjs'))) throw new Error('run npm run build first');
});

function demo(): TmuxSession {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-related-e2e-'));
  for (const dir of ['tmp', 'home']) fs.mkdirSync(path.join(root, dir));
  const s = new TmuxSession();
  sessions.push(s);
  s.start([process.execPath, BIN, '--demo'], {
    NEWSINK_HOME: path.join(root, 'home'),
    TMPDIR: path.join(root, 'tmp'),
    TERM: 'xterm-256color',
  });
  return s;
}

describe('related stories in the reader', () => {
  it(
    'shows the republished wire story as one row with +1 source',
    async () => {
      const s = demo();
      const screen = await s.waitFor(
        (text) =>
          text.split('\n').some((row) => row.includes('Regional spice exports') && row.includes('+1 source')),
        'the grouped wire story',
        40_000,
      );
      const rows = screen.split('\n').filter((row) => row.includes('Regional spice exports rebound'));
      expect(rows).toHaveLength(1);
    },
    LONG,
  );
});

/** Rows of a `capture-pane -e` screen drawn in reverse video (the selected related entry), as text. */
function highlightedRows(escaped: string): string[] {
  const rows: string[] = [];
  for (const row of escaped.split('\n')) {
    let inverse = false;
    let text = '';
    for (const part of row.split(/(\x1b\[[0-9;:]*m)/)) {
      const sgr = /^\x1b\[([0-9;:]*)m$/.exec(part);
      if (!sgr) {
        if (inverse) text += part;
        continue;
      }
      const params = (sgr[1] || '0').split(';').map(Number);
      for (let i = 0; i < params.length; i++) {
        const p = params[i]!;
        if (p === 38 || p === 48 || p === 58) i += params[i + 1] === 5 ? 2 : 4;
        else if (p === 0) inverse = false;
        else if (p === 7) inverse = true;
        else if (p === 27) inverse = false;
      }
    }
    if (text.trim()) rows.push(text.trim());
  }
  return rows;
}

/** The article's title row (under the app's header row). */
const titleRow = (screen: string) => screen.split('\n')[1] ?? '';
const metaRow = (screen: string) => screen.split('\n')[2] ?? '';

/**
 * A chain A → B → C of demo stories in English with headlines no other story shares: B is among A's
 * related links and C among B's (C is not A), so the walk needs no knowledge of the demo's content.
 */
function pickChain(stories: readonly SiteStory[]): [SiteStory, SiteStory, SiteStory] {
  const count = new Map<string, number>();
  for (const s of stories) count.set(s.story.title, (count.get(s.story.title) ?? 0) + 1);
  const ok = (s: SiteStory) => s.lang === 'en' && count.get(s.story.title) === 1;
  for (const a of stories.filter(ok))
    for (const b of a.related.filter(ok)) for (const c of b.related.filter(ok)) if (c !== a) return [a, b, c];
  throw new Error('the demo has no chain of three related stories');
}

/** Words of `target`'s headline that no other story's headline or teaser contains all of. */
function searchWords(target: SiteStory, stories: readonly SiteStory[]): string {
  const hay = (s: SiteStory) => `${s.story.title}\n${s.story.dek}`.toLowerCase();
  const words = target.story.title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 2);
  const others = stories.filter((s) => s !== target).map(hay);
  const unique = (q: string[]) => others.every((h) => !q.every((w) => h.includes(w)));
  for (const w of [...words].sort((x, y) => y.length - x.length)) if (unique([w])) return w;
  for (let n = 2; n <= words.length; n++) if (unique(words.slice(0, n))) return words.slice(0, n).join(' ');
  throw new Error(`no distinctive words in "${target.story.title}"`);
}

describe('following related stories', () => {
  it(
    'opens a related story, then one of its own, and comes back step by step to where it started',
    async () => {
      const demo = await prepareDemoHome();
      homes.push(demo);
      const stories = demo.server.model.outlets.flatMap((o) => o.stories);
      const [a, b, c] = pickChain(stories);
      const query = searchWords(a, stories);

      const s = new TmuxSession();
      sessions.push(s);
      s.start([process.execPath, BIN], { NEWSINK_HOME: demo.home, TERM: 'xterm-256color' });
      const step = 20_000;
      const escaped = () => s.tmux('capture-pane', '-p', '-e');

      // The start-up refresh fills the empty cache from the demo site.
      await s.waitForText(/\d+ new stories/, 40_000);
      await s.waitForText(a.story.title, step);

      // Search for A, keep the filter, open the one match.
      s.send('/');
      await s.waitForText(/^\/ search titles/m, step);
      s.type(query);
      await s.waitFor((x) => /\b1\/1\s*$/m.test(x), `one match for "${query}"`, step);
      s.send('Enter');
      await s.waitForText(`· /${query}`, step);
      s.send('Enter');
      await s.waitFor((x) => titleRow(x).startsWith(a.story.title), 'A open', step);
      await s.waitFor((x) => metaRow(x).includes('full text'), 'the full text of A', step);

      /** Presses `]` until the highlighted related entry is `target`'s (wrapping; keys may land late). */
      const selectRelated = async (target: SiteStory) => {
        const deadline = Date.now() + step;
        let last = '';
        while (Date.now() < deadline) {
          const rows = highlightedRows(escaped());
          if (rows.some((r) => r.includes(target.story.title))) return;
          s.send(']');
          const pressed = Date.now();
          while (Date.now() - pressed < 2_000) {
            const now = highlightedRows(escaped()).join('\n');
            if (now && now !== last) {
              last = now;
              break;
            }
            await new Promise((r) => setTimeout(r, 40));
          }
        }
        throw new Error(`"${target.story.title}" never got selected; screen:\n${s.capture()}`);
      };

      await selectRelated(b);
      let screen = s.capture();
      expect(screen.split('\n').map((l) => l.trim())).toContain('Related');
      expect(highlightedRows(escaped())).toHaveLength(1);

      // A → B: the header shows one step of history.
      s.send('Enter');
      await s.waitFor((x) => titleRow(x).startsWith(`‹ 1 ${b.story.title}`), 'B open at depth 2', step);
      await s.waitFor((x) => metaRow(x).includes('full text'), 'the full text of B', step);

      // B → C.
      await selectRelated(c);
      s.send('Enter');
      await s.waitFor((x) => titleRow(x).startsWith(`‹ 2 ${c.story.title}`), 'C open at depth 3', step);

      // Back twice: B, then A with no depth marker and its related selection kept.
      s.send('Escape');
      await s.waitFor((x) => titleRow(x).startsWith(`‹ 1 ${b.story.title}`), 'back to B', step);
      s.send('BSpace');
      screen = await s.waitFor((x) => titleRow(x).startsWith(a.story.title), 'back to A', step);
      expect(titleRow(screen)).not.toContain('‹');
      expect(highlightedRows(escaped()).join('\n')).toContain(b.story.title);

      // One more step back leaves the article for the filtered list.
      s.send('Escape');
      await s.waitForText(`· /${query}`, step);
      s.send('C-c');
      await s.waitForExit();
    },
    LONG * 2,
  );
});
