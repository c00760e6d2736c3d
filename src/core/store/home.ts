import path from 'node:path';
import process from 'node:process';
import envPaths from 'env-paths';

/**
 * The folder that holds all of newsink's state: `$NEWSINK_HOME` when set, else conf's platform default
 * (`~/.config/newsink` on Linux, honouring XDG_CONFIG_HOME).
 */
export function resolveHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSINK_HOME) return path.resolve(env.NEWSINK_HOME);
  // Where conf puts a project's files by default (its `cwd`: env-paths' config folder, no suffix); the
  // folder is only created on first write. Computed here without loading conf.
  return envPaths('newsink', { suffix: '' }).config;
}
