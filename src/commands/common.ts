import meow, { type AnyFlags, type Options, type Result } from 'meow';

export { fail, type HomeStore, openHome, printJson, println, UsageError } from './basics.js';

/** meow with the settings every subcommand shares: its own help, no package description, strict flags. */
export function parseArgs<Flags extends AnyFlags>(
  help: string,
  argv: readonly string[],
  flags: Flags,
  extra: Partial<Options<Flags>> = {},
): Result<Flags> {
  return meow(help, {
    importMeta: import.meta,
    argv: [...argv],
    flags,
    description: false,
    allowUnknownFlags: false,
    ...extra,
  });
}
