import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outlets } from '../../src/demo/content/index.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

// The real binary in a real terminal (tmux), as a newcomer would run it.
const LONG = 60_000;
const STORIES = outlets.reduce((n, o) => n + o.stories.length, 0);

let sockets: string[] = [];
afterEach(() => {
  for (const socket of sockets) {
    try {
      execFileSync('tmux', ['-L', socket, 'kill-server']);
    } catch {
      // already gone
    }
  }
  sockets = [];
});

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.cjs'))) throw new Error('run npm run build first');
});

/** Starts `newsink --demo` in a private 120x40 tmux pane that stays after the process exits. */
function startDemo(env: Record<string, string>): { tmux: (...args: string[]) => string } {
  const socket = `newsink-demo-e2e-${process.pid}-${sockets.length}`;
  sockets.push(socket);
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const vars = Object.entries(env).map(([k, v]) => `${k}='${v}'`);
  tmux(
    'new-session',
    '-d',
    '-x',
    '120',
    '-y',
    '40',
    `exec env ${vars.join(' ')} '${process.execPath}' '${BIN}' --demo`,
  );
  tmux('set-option', '-t', '0', 'remain-on-exit', 'on');
  return { tmux };
}

async function until(test: () => boolean, what: string, screen: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${screen()}`);
}

function demoHomes(tmp: string): string[] {
  return fs.readdirSync(tmp).filter((name) => name.startsWith('newsink-demo-'));
}

function scratch(): { tmp: string; home: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-demo-test-'));
  const tmp = path.join(root, 'tmp');
  const home = path.join(root, 'home');
  fs.mkdirSync(tmp);
  fs.mkdirSync(home);
  return { tmp, home };
}

describe('newsink --demo', () => {
  it(
    'shows every demo story from the in-process site, leaves the user’s home alone and removes its own on q',
    async () => {
      const { tmp, home } = scratch();
      const { tmux } = startDemo({ TMPDIR: tmp, NEWSINK_HOME: home });
      const screen = () => tmux('capture-pane', '-p');
      await until(() => screen().includes(`${STORIES} unread`), `${STORIES} unread`, screen);
      const shown = screen();
      expect(shown).toContain('The Harbor Ledger');
      expect(shown).toContain('Kabar Pelabuhan');
      expect(shown).toContain('カリマ湾の電動フェリー');
      expect(demoHomes(tmp)).toHaveLength(1);
      tmux('send-keys', 'q');
      await until(() => tmux('display-message', '-p', '#{pane_dead}').trim() === '1', 'exit', screen);
      expect(demoHomes(tmp)).toEqual([]);
      expect(fs.readdirSync(home)).toEqual([]);
    },
    LONG,
  );

  it(
    'removes its temp home when interrupted with Ctrl-C',
    async () => {
      const { tmp, home } = scratch();
      const { tmux } = startDemo({ TMPDIR: tmp, NEWSINK_HOME: home });
      const screen = () => tmux('capture-pane', '-p');
      await until(() => screen().includes('unread'), 'the reader', screen);
      expect(demoHomes(tmp)).toHaveLength(1);
      tmux('send-keys', 'C-c');
      await until(() => tmux('display-message', '-p', '#{pane_dead}').trim() === '1', 'exit', screen);
      expect(demoHomes(tmp)).toEqual([]);
    },
    LONG,
  );

  it(
    'removes its temp home when terminated with SIGTERM',
    async () => {
      const { tmp, home } = scratch();
      const { tmux } = startDemo({ TMPDIR: tmp, NEWSINK_HOME: home });
      const screen = () => tmux('capture-pane', '-p');
      await until(() => screen().includes(`${STORIES} unread`), 'the stories', screen);
      process.kill(Number(tmux('display-message', '-p', '#{pane_pid}').trim()), 'SIGTERM');
      await until(() => tmux('display-message', '-p', '#{pane_dead}').trim() === '1', 'exit', screen);
      expect(demoHomes(tmp)).toEqual([]);
    },
    LONG,
  );

  it('without a terminal, exits 2 with a hint and leaves no temp home behind', async () => {
    const { tmp, home } = scratch();
    const result = await runCli(['--demo'], { home, env: { TMPDIR: tmp } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('newsink list');
    expect(demoHomes(tmp)).toEqual([]);
  });
});
