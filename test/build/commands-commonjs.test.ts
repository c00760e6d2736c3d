import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempHome } from '../helpers/run-cli.js';

// The headless commands are CommonJS files (scripts/build.mjs): starting Node's ES module loader and
// its file-by-file loads cost ~15-20 ms of every command. This checks that commands run without it, and
// that what a command needs only on some runs (meow for --help) is loaded on those runs alone.
let preload: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.cjs'))) throw new Error('run npm run build first');
  preload = path.join(tempHome('newsink-preload-'), 'modules.cjs');
  fs.writeFileSync(
    preload,
    [
      "process.on('exit', () => {",
      "  process.stderr.write('MODULES ' + process.moduleLoadList.join(',') + '\\n');",
      "  process.stderr.write('FILES ' + Object.keys(require.cache).map((f) => f.split('/').pop()).join(',') + '\\n');",
      '});',
      '',
    ].join('\n'),
  );
});

const listed = (stderr: string, label: string): string[] =>
  stderr
    .split('\n')
    .find((line) => line.startsWith(`${label} `))!
    .slice(label.length + 1)
    .split(',');

/** A home that has been set up, with no subscriptions: a refresh there needs no network. */
function emptyHome(): string {
  const home = tempHome();
  fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({ initialized: true, subscriptions: [] }));
  return home;
}

describe('headless commands', () => {
  it('run without loading ES modules', async () => {
    const home = emptyHome();
    for (const args of [
      ['list', '--json'],
      ['feeds', '--json'],
      ['home'],
      ['refresh', '--json'],
      ['refresh', '--help'],
    ]) {
      const result = await runCli(args, { home, env: { NODE_OPTIONS: `--require ${preload}` } });
      expect(result.code, result.stderr).toBe(0);
      expect(listed(result.stderr, 'MODULES'), args.join(' ')).not.toContain(
        'NativeModule internal/modules/esm/translators',
      );
    }
  });

  it('load what they use only on some runs when it is needed (meow for --help)', async () => {
    const home = emptyHome();
    const env = { NODE_OPTIONS: `--require ${preload}` };
    const plain = await runCli(['refresh', '--json'], { home, env });
    expect(JSON.parse(plain.stdout).feeds).toEqual([]);
    expect(listed(plain.stderr, 'FILES')).toContain('cmd-refresh.cjs');
    expect(listed(plain.stderr, 'FILES')).not.toContain('lazy-commands-common.cjs');
    const help = await runCli(['refresh', '--help'], { home, env });
    expect(help.stdout).toContain('newsink refresh [--json]');
    expect(listed(help.stderr, 'FILES')).toContain('lazy-commands-common.cjs');
  });
});
