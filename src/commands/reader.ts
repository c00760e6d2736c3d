import process from 'node:process';
import type { Instance } from 'ink';

const help = `
Usage
  $ newsink [options]

Opens the reader: the cached headlines at once, then a refresh in the background.
Press ? in the reader for the keys.

Options
  --no-refresh   do not refresh the feeds on start (R refreshes)
  --demo         try newsink on a bundled sample site served from inside newsink (no network
                 needed; a throwaway home, deleted on quit)

Environment
  NEWSINK_HOME   where newsink keeps its state
  BROWSER        the browser "o" opens links with
`;

export interface ReaderOptions {
  /** The home folder; default $NEWSINK_HOME or the platform's config folder. */
  readonly home?: string;
  /** Refresh in the background once the first frame is up (default true). */
  readonly refresh?: boolean;
  /** Add the built-in feeds to a never-used home (default true; the demo passes false). */
  readonly seedDefaults?: boolean;
  /** Terminal streams (default the process's). */
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
}

/**
 * Runs `load` with the global `fetch` hidden. Ink's layout engine (yoga-layout, emscripten) checks
 * `typeof fetch` while it loads, and in Node 20 that first touch loads undici: ~60 ms of CPU (0.3 s on
 * a busy machine) before the first frame, for a fetch it then does not use (its WebAssembly is inline).
 */
async function withoutGlobalFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}

/**
 * Ink decides once, when it loads, that a process with CI set has no interactive terminal, and then
 * paints only the last frame. The reader runs only on a real terminal, so it hides CI from Ink's load
 * (a user whose shell exports CI=1, and the end-to-end tests in CI, get a working reader).
 */
async function withoutCiFlags<T>(load: () => Promise<T>): Promise<T> {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  try {
    return await load();
  } finally {
    for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
  }
}

/**
 * Opens the reader on a terminal and resolves with the exit code when the user quits (0), or 2 when
 * stdin/stdout is not a terminal. Leaves the alternate screen and restores the terminal on quit,
 * Ctrl-C, SIGTERM and uncaught errors.
 */
export async function openReader(options: ReaderOptions = {}): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  if (!stdin.isTTY || !stdout.isTTY) {
    process.stderr.write('newsink: the reader needs a terminal; for plain output use "newsink list"\n');
    return 2;
  }
  // The store's modules and the first paint's (no Ink or React: ~130 ms less to load and run) come
  // first; the first frame is on the terminal before Ink has loaded (src/ui/first-paint.ts).
  const [{ openStore }, { ensureDefaultFeeds }, { readerStart }] = await Promise.all([
    import('../core/store/store.js'),
    import('../core/store/defaults.js'),
    withoutCiFlags(() => import('../ui/start.js')),
  ]);
  const warnings: string[] = [];
  const store = openStore(options.home, { onWarning: (m) => warnings.push(m) });
  if (options.seedDefaults !== false) ensureDefaultFeeds(store);
  const start = readerStart(store, { columns: stdout.columns || 80, rows: stdout.rows || 24 }, warnings[0]);

  let instance: Instance | undefined;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    instance?.unmount();
    stdin.setRawMode?.(false);
    // Show the cursor, leave the alternate screen.
    stdout.write('\u001b[?25h\u001b[?1049l');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const onCrash = (error: unknown) => {
    restore();
    process.stderr.write(
      `newsink: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('SIGHUP', onSignal);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  process.on('exit', restore);

  // Alternate screen, cursor home, clear; then the first frame with the cursor hidden. Raw mode at
  // once: keys typed before Ink is up are neither echoed nor lost (they wait in the terminal's buffer
  // until the reader reads them).
  stdin.setRawMode?.(true);
  stdout.write(
    `\u001b[?1049h\u001b[H\u001b[2J${start.frame === undefined ? '' : `\u001b[?25l${start.frame}\n`}`,
  );
  try {
    const { mountReader } = await withoutCiFlags(() => withoutGlobalFetch(() => import('../ui/main.js')));
    instance = mountReader({ store, stdin, stdout, refreshOnStart: options.refresh !== false, start });
    await instance.waitUntilExit();
  } finally {
    restore();
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    process.off('exit', restore);
  }
  return 0;
}

/** `newsink [--no-refresh] [--demo]`: opens the reader (on the bundled sample site with --demo). */
export async function run(argv: readonly string[]): Promise<number> {
  // The usual starts, no arguments or only --no-refresh: what meow would give, without loading and
  // running it (~50 ms of module load and parsing before the first frame).
  if (argv.length === 0) return openReader({ refresh: true });
  if (argv.length === 1 && argv[0] === '--no-refresh') return openReader({ refresh: false });
  const { parseArgs, UsageError } = await import('./common.js');
  try {
    const cli = parseArgs(help, argv, {
      refresh: { type: 'boolean', default: true },
      demo: { type: 'boolean', default: false },
    });
    if (cli.input.length > 0) throw new UsageError(`unknown command "${cli.input[0]}"`);
    if (cli.flags.demo) return await (await import('../demo/run.js')).runDemo();
    return await openReader({ refresh: cli.flags.refresh });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`newsink: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
