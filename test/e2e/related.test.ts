import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { TmuxSession } from './tmux.js';

// The real binary on the demo site (`newsink --demo`), in a real terminal: related stories there
// link to pages whose related boxes link back (issue 5).
const LONG = 90_000;

let sessions: TmuxSession[] = [];
afterEach(() => {
  for (const s of sessions) s.kill();
  sessions = [];
});

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('run npm run build first');
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
