import { createRequire } from 'node:module';

type IconvLite = typeof import('iconv-lite');

const load = createRequire(import.meta.url);
let iconv: IconvLite | undefined;

/**
 * iconv-lite, loaded on first use: its codec tables are ~480 KB of code that every parse worker compiled
 * at start, for the legacy charsets only some feeds use (UTF-8 is decoded with TextDecoder). It stays
 * outside the bundle (scripts/build.mjs), required from node_modules the first time a feed needs it.
 */
export function iconvLite(): IconvLite {
  iconv ??= load('iconv-lite') as IconvLite;
  return iconv;
}
