import process from 'node:process';
import { ensureDefaultFeeds } from '../core/store/defaults.js';
import { type HomeFlags, openStore } from '../core/store/store.js';
import type { Store } from '../core/store/types.js';

// The command helpers that do not need meow, so that a command can start without loading it (meow and
// its dependencies are ~35 ms of module loading). common.ts re-exports all of them beside parseArgs.

export type HomeStore = Store & HomeFlags;

/** Opens the user's home; unless told otherwise, a never-used home gets the built-in feeds first. */
export function openHome(options: { seedDefaults?: boolean } = {}): HomeStore {
  const store = openStore();
  if (options.seedDefaults !== false) ensureDefaultFeeds(store);
  return store;
}

/** Thrown by a command for a usage mistake (exit 2) rather than a failure (exit 1). */
export class UsageError extends Error {}

/** Prints a one-line error and returns the exit code for it. */
export function fail(message: string, code = 1): number {
  process.stderr.write(`newsink: ${message}\n`);
  return code;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function println(line = ''): void {
  process.stdout.write(`${line}\n`);
}
