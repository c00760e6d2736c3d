import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Every temp home, tmux config and cache a test file makes (through os.tmpdir(), in this process and
// in the binaries and tmux servers it starts) goes under one folder, removed when the file is done.
const previous = process.env.TMPDIR;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-tests-'));
process.env.TMPDIR = scratch;

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
});
