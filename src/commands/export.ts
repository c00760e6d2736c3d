import process from 'node:process';
import { serializeOpml } from '../core/opml.js';
import { openHome, parseArgs } from './common.js';

const help = `
Usage
  $ newsink export > feeds.opml

Prints your subscriptions as OPML 2.0 (tags become folders), for another reader or a backup.
`;

export async function run(argv: readonly string[]): Promise<number> {
  parseArgs(help, argv, {});
  const store = openHome();
  process.stdout.write(serializeOpml(store.subscriptions(), 'newsink subscriptions'));
  return 0;
}
