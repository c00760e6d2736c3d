import fs from 'node:fs';
import path from 'node:path';
import { lazyBuiltin } from '../builtins.js';

// Folders this thread has made or found: a cold refresh writes ~800 files into two, and a recursive
// mkdir before each cost ~30 ms of the main thread (bench/refresh.mjs, profiled).
const madeDirs = new Set<string>();
// Temp names unique to this process and thread: pid, thread and a counter (random bytes cost ~12 ms of
// node:crypto over a cold refresh, for nothing a counter does not give).
let tempCount = 0;

/** Writes a file so that readers see either the old or the new content, never a half-written one. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file);
  const known = madeDirs.has(dir);
  if (!known) {
    fs.mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const temp = `${file}.${process.pid}-${lazyBuiltin.workerThreads().threadId}-${(tempCount++).toString(36)}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    // The folder was removed since it was made (a user clearing the cache): make it again, once.
    if (known && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      madeDirs.delete(dir);
      writeFileAtomic(file, data);
      return;
    }
    throw error;
  }
}

/**
 * Moves a file that failed to parse out of the way as `<name>.corrupt-<time>` so that nothing is silently
 * dropped, and returns the new path.
 */
export function moveAside(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  fs.renameSync(file, target);
  return target;
}

export type Warn = (message: string) => void;

/**
 * Reads and parses a JSON file. A missing file gives `undefined`; a file that does not parse (or fails
 * `isValid`) is moved aside with a warning and gives `undefined` too.
 */
export function readJsonFile<T>(
  file: string,
  warn: Warn,
  isValid: (value: unknown) => boolean = () => true,
): T | undefined {
  // A missing file is the common case for a new feed: checked first, since a failed read builds an
  // exception with a stack (~5x the cost; a cold refresh looks for 600 files that are not there yet).
  if (!fs.existsSync(file)) return undefined;
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const value: unknown = JSON.parse(raw);
    if (isValid(value)) return value as T;
  } catch {
    // fall through: reported below
  }
  const aside = moveAside(file);
  warn(`${path.basename(file)} could not be read and was moved to ${aside}; starting it afresh`);
  return undefined;
}
