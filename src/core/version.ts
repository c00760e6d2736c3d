// Read at build time: esbuild inlines the JSON, tsc checks it through resolveJsonModule.
import pkg from '../../package.json' with { type: 'json' };

/** newsink's version, from package.json. */
export const VERSION: string = pkg.version;

/** The User-Agent every request sends. */
export const USER_AGENT = `newsink/${VERSION}`;
