import process from 'node:process';

/** A subcommand module: parses its own argv with meow and returns the exit code. */
export interface CommandModule {
  run(argv: readonly string[]): Promise<number>;
}

type Loader = () => Promise<CommandModule>;

// Each command is loaded only when used, so `newsink list` never loads Ink or React.
const commands: Record<string, Loader> = {
  refresh: () => import('./commands/refresh.js'),
  list: () => import('./commands/list.js'),
  feeds: () => import('./commands/feeds.js'),
  add: () => import('./commands/add.js'),
  remove: () => import('./commands/remove.js'),
  import: () => import('./commands/import.js'),
  export: () => import('./commands/export.js'),
  'mark-read': () => import('./commands/mark-read.js'),
  'mark-unread': () => import('./commands/mark-unread.js'),
  star: () => import('./commands/star.js'),
  unstar: () => import('./commands/unstar.js'),
  home: () => import('./commands/home.js'),
  read: () => import('./commands/read.js'),
  related: () => import('./commands/related.js'),
};

const usage = `newsink: a terminal news reader

Usage
  $ newsink                 open the reader
  $ newsink <command> [options]

Commands
${Object.keys(commands)
  .map((name) => `  ${name}`)
  .join('\n')}

Run "newsink <command> --help" for a command's options.`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  // No subcommand, or only flags (e.g. --demo): open the reader.
  if (name === undefined || name.startsWith('-')) return (await import('./commands/reader.js')).run(argv);
  const load = commands[name];
  if (!load) {
    process.stderr.write(`newsink: unknown command "${name}". Run "newsink --help" for the list.\n`);
    return 2;
  }
  return (await load()).run(rest);
}

// A reader of our output that goes away (\`newsink list | head\`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * Exits as soon as everything written has left (what is left to do is tearing down idle keep-alive
 * sockets, parked workers and the heap: ~20 ms after a refresh's last line). A command that keeps
 * working after it returns (the reader's state is saved before it returns) has nothing pending here.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
  if (pending.length === 0) process.exit(code);
  let left = pending.length;
  for (const stream of pending) {
    stream.once('drain', () => {
      left -= 1;
      if (left === 0) process.exit(code);
    });
  }
}

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    process.stderr.write(`newsink: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
