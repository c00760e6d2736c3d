import path from 'node:path';
import process from 'node:process';
import Conf from 'conf';

/**
 * The folder that holds all of newsink's state: `$NEWSINK_HOME` when set, else conf's platform default
 * (`~/.config/newsink` on Linux, honouring XDG_CONFIG_HOME).
 */
export function resolveHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSINK_HOME) return path.resolve(env.NEWSINK_HOME);
  // conf computes the platform path (env-paths); the directory is only created on first write.
  const probe = new Conf({ projectName: 'newsink', projectSuffix: '', configName: 'config' });
  return path.dirname(probe.path);
}
