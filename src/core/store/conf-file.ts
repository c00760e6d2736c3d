import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { moveAside, type Warn } from './atomic.js';

/**
 * Opens one conf-backed JSON file in the home. A file that fails to parse is moved aside as
 * `<name>.corrupt-<time>` with a warning, and an empty one takes its place.
 */
export function openConfFile<T extends Record<string, unknown>>(
  home: string,
  name: string,
  warn: Warn,
  options: { compact?: boolean } = {},
): Conf<T> {
  const make = () =>
    new Conf<T>({
      cwd: home,
      configName: name,
      projectName: 'newsink',
      accessPropertiesByDotNotation: false,
      // Large files (read marks) are written compactly; small ones stay readable.
      serialize: options.compact
        ? (value) => JSON.stringify(value)
        : (value) => JSON.stringify(value, null, 2),
    });
  try {
    const conf = make();
    assertObject(conf.store);
    return conf;
  } catch (error) {
    const file = path.join(home, `${name}.json`);
    if (!fs.existsSync(file)) throw error;
    const aside = moveAside(file);
    warn(
      `${name}.json could not be read (${describe(error)}); it was moved to ${aside} and a new one started`,
    );
    return make();
  }
}

function assertObject(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SyntaxError('not a JSON object');
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
