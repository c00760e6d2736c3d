import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempHome } from '../helpers/run-cli.js';

// The headless commands are CommonJS files (scripts/build.mjs): starting Node's ES module loader and
// its file-by-file loads cost ~15-20 ms of every command. This checks that a command runs without it.
let preload: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.cjs'))) throw new Error('run npm run build first');
  preload = path.join(tempHome('newsink-preload-'), 'modules.cjs');
  fs.writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('MODULES ' + process.moduleLoadList.join(',') + '\\n'));\n",
  );
});

const loaded = (stderr: string): string[] =>
  stderr
    .split('\n')
    .find((line) => line.startsWith('MODULES '))!
    .slice('MODULES '.length)
    .split(',');

describe('headless commands', () => {
  it('run without loading ES modules', async () => {
    const home = tempHome();
    for (const args of [['list', '--json'], ['feeds', '--json'], ['home']]) {
      const result = await runCli(args, { home, env: { NODE_OPTIONS: `--require ${preload}` } });
      expect(result.code, result.stderr).toBe(0);
      expect(loaded(result.stderr), args.join(' ')).not.toContain(
        'NativeModule internal/modules/esm/translators',
      );
    }
  });

  it('load what they use only on some runs when it is needed (meow for --help)', async () => {
    const result = await runCli(['refresh', '--help'], {
      home: tempHome(),
      env: { NODE_OPTIONS: `--require ${preload}` },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('newsink refresh [--json]');
    expect(loaded(result.stderr)).toContain('NativeModule internal/modules/esm/translators');
  });
});
