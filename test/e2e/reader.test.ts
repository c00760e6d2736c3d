import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/store/store.js';
import type { TestServer } from '../helpers/http-server.js';
import { BIN, runCli, tempHome } from '../helpers/run-cli.js';
import { startFeeds } from './feeds.js';
import { TmuxSession } from './tmux.js';

// Real terminal, real binary, real refresh: generous deadlines for 2 slow cores.
const LONG = 60_000;

let sessions: TmuxSession[] = [];
let servers: TestServer[] = [];
afterEach(async () => {
  for (const s of sessions) s.kill();
  for (const s of servers) await s.close();
  sessions = [];
  servers = [];
});

beforeAll(() => {
  if (!fs.existsSync(path.join(path.dirname(BIN), '..', 'dist', 'cli.cjs')))
    throw new Error('run npm run build first');
});

function homeWith(...feeds: { url: string; title: string }[]): string {
  const home = tempHome('newsink-e2e-');
  const store = openStore(home);
  for (const f of feeds) store.addSubscription({ ...f, tags: ['news'], addedAt: new Date().toISOString() });
  store.markInitialized();
  return home;
}

function session(clipboard = true): TmuxSession {
  const s = new TmuxSession({ clipboard });
  sessions.push(s);
  return s;
}

function open(s: TmuxSession, home: string, extraEnv: Record<string, string> = {}): void {
  s.start([process.execPath, BIN], { NEWSINK_HOME: home, TERM: 'xterm-256color', ...extraEnv });
}

/** The status bar's "N/M" position. */
const position = (screen: string) =>
  screen
    .match(/(\d+)\/(\d+)\s*$/m)
    ?.slice(1)
    .map(Number);

describe('the reader in a real terminal', () => {
  it(
    'reads, searches, copies, opens, marks read, and comes back to the same state',
    async () => {
      const feeds = await startFeeds();
      servers.push(feeds.server);
      const home = homeWith(
        { url: feeds.harbour, title: 'Harbour Gazette' },
        { url: feeds.hostile, title: 'Hostile Feed' },
      );
      const browserLog = path.join(home, 'browser.log');
      const browser = path.join(home, 'browser.sh');
      fs.writeFileSync(browser, `#!/bin/sh\necho "$1" >> '${browserLog}'\n`, { mode: 0o755 });
      const s = session();
      open(s, home, { BROWSER: browser });

      // Background refresh fills the empty cache, then reports.
      await s.waitForText('Storm closes the harbour', LONG);
      let screen = await s.waitForText(/\d+ new stories/, LONG);
      expect(screen).toContain('newsink › All');
      expect(screen).toContain('Harbour Gazette');
      expect(position(screen)).toEqual([1, 6]);

      // Hostile titles: shown as plain text, the screen intact, nothing on the clipboard.
      expect(screen).toContain('Clipboard grab attempt');
      expect(screen).toContain('Screen clear attempt');
      expect(screen).toContain('Hidden link attempt');
      expect(screen).not.toContain('evil.invalid');
      expect(s.buffer()).toBeUndefined();

      // Navigate.
      s.send('j', 'j', 'k');
      screen = await s.waitFor((x) => position(x)?.[0] === 2, 'the second row');

      // Search, keep the filter, open the only match.
      s.send('/');
      await s.waitForText(/^\/ search titles/m);
      s.type('ferries');
      screen = await s.waitFor((x) => position(x)?.[1] === 1, 'one search match');
      expect(screen).toContain('Storm closes the harbour');
      s.send('Enter');
      await s.waitForText('· /ferries');
      s.send('Enter');
      screen = await s.waitForText('Ferries wait outside the breakwater.');
      expect(screen).toContain('Storm closes the harbour for two days');
      expect(screen).toContain(`${feeds.server.origin}/story/storm`);

      // Copy: OSC 52 reaches tmux (set-clipboard on), and the status bar says so.
      s.send('c');
      await s.waitForText(/Copied http/);
      expect(s.buffer()).toBe(`${feeds.server.origin}/story/storm`);

      // Open in the browser ($BROWSER), without blocking the reader.
      s.send('o');
      await s.waitForText(/Opened http/);
      await expect
        .poll(() => fs.existsSync(browserLog) && fs.readFileSync(browserLog, 'utf8'), { timeout: 10_000 })
        .toBe(`${feeds.server.origin}/story/storm\n`);

      // Back to the list, clear the search, star the top story, quit.
      s.send('q');
      await s.waitForText('· /ferries');
      s.send('Escape');
      screen = await s.waitFor((x) => position(x)?.[1] === 6, 'the full list again');
      s.send('g', 'j', 's');
      screen = await s.waitForText('★');
      s.send('q');
      await s.waitForExit();
      expect(s.format('#{alternate_on}')).toBe('0');

      // State went through the store at once: list --json agrees.
      const list = await runCli(['list', '--json'], { home });
      const rows = JSON.parse(list.stdout) as { title: string; read: boolean; starred: boolean }[];
      expect(rows.find((r) => r.title.startsWith('Storm closes'))).toMatchObject({ read: true });
      expect(rows.filter((r) => r.starred).map((r) => r.title)).toEqual(['Fish market opens a new hall']);
      // The reader saved its first screen for the next start.
      expect(fs.existsSync(path.join(home, 'cache', 'first-screen.json'))).toBe(true);

      // Reopen with the network gone: the cache shows at once, with the marks kept.
      await feeds.server.close();
      servers = [];
      const again = session();
      open(again, home);
      screen = await again.waitForText('Storm closes the harbour', LONG);
      const stormRow = screen.split('\n').find((l) => l.includes('Storm closes'))!;
      const marketRow = screen.split('\n').find((l) => l.includes('Fish market'))!;
      expect(stormRow).not.toContain('●');
      expect(marketRow).toContain('★');
      screen = await again.waitForText(/All 2 feeds failed.*--demo/, LONG);
      again.send('e');
      await again.waitForText('2 feeds failed at the last refresh');
      again.send('Escape', 'C-c');
      await again.waitForExit();
      expect(again.format('#{alternate_on}')).toBe('0');
    },
    LONG * 3,
  );

  it(
    'restores the terminal on SIGTERM and reflows on resize',
    async () => {
      const home = homeWith();
      const s = session();
      open(s, home, {});
      await s.waitForText('No subscriptions yet', LONG);
      s.tmux('resize-window', '-x', '60', '-y', '20');
      // One pane under 80 columns: the headlines pane alone.
      await s.waitFor((x) => !x.includes('│') && x.includes('newsink'), 'a single pane');
      s.send('h');
      await s.waitForText(' Starred');
      const pid = Number(s.format('#{pane_pid}'));
      process.kill(pid, 'SIGTERM');
      await s.waitForExit();
      expect(s.format('#{alternate_on}')).toBe('0');
    },
    LONG * 2,
  );

  it(
    'paints the cached first screen before the UI has loaded, and keeps keys typed at once',
    async () => {
      const feeds = await startFeeds();
      servers.push(feeds.server);
      const home = homeWith({ url: feeds.harbour, title: 'Harbour Gazette' });
      await runCli(['refresh'], { home });
      // A first start reads the cache and saves its first screen on quit; the next paints from it.
      const first = session();
      first.start([process.execPath, BIN, '--no-refresh'], { NEWSINK_HOME: home, TERM: 'xterm-256color' });
      await first.waitForText('Storm closes the harbour', LONG);
      first.send('q');
      await first.waitForExit();
      expect(fs.existsSync(path.join(home, 'cache', 'first-screen.json'))).toBe(true);

      const s = session();
      s.start([process.execPath, BIN, '--no-refresh'], { NEWSINK_HOME: home, TERM: 'xterm-256color' });
      const painted = await s.waitFor((x) => position(x)?.[0] === 1, 'the first frame');
      // Typed while the UI (Ink) is still loading: handled once it is up, none lost.
      s.send('j', 'j');
      const moved = await s.waitFor((x) => position(x)?.[0] === 3, 'the keys typed at once');
      // The frame Ink drew over the painted one is the same screen but for the selection: no stray
      // characters, no shifted rows.
      const lines = (x: string) => x.split('\n');
      expect(lines(moved)[0]).toBe(lines(painted)[0]);
      expect(lines(moved)[0]).toMatch(/^newsink › All +\d+ unread$/);
      const differing = lines(moved).filter((line, i) => line !== lines(painted)[i]);
      expect(differing).toHaveLength(1); // the status bar's position (the selection is a style)
      s.send('q');
      await s.waitForExit();
      expect(s.format('#{alternate_on}')).toBe('0');
    },
    LONG * 2,
  );

  it('points at newsink list when not run on a terminal', async () => {
    const result = await runCli([], { home: tempHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs a terminal.*newsink list/);
  });
});
