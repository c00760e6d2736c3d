import { resolveHome } from '../core/store/home.js';
import { parseArgs, println } from './common.js';

const help = `
Usage
  $ newsink home

Prints the folder where newsink keeps subscriptions, read marks, settings and cached articles
($NEWSINK_HOME when set).
`;

export async function run(argv: readonly string[]): Promise<number> {
  parseArgs(help, argv, {});
  println(resolveHome());
  return 0;
}
