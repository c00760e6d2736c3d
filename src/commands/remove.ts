import { openRelatedIndex } from '../core/related/related-index.js';
import { sanitizeLine } from '../core/sanitize.js';
import { fail, openHome, parseArgs, println } from './common.js';

const help = `
Usage
  $ newsink remove URL|TITLE

Unsubscribes from a feed, given its URL or its title, and drops its cached stories.
`;

export async function run(argv: readonly string[]): Promise<number> {
  const cli = parseArgs(help, argv, {});
  const wanted = cli.input.join(' ').trim();
  if (!wanted) return fail('remove takes a feed URL or title (see "newsink remove --help")', 2);
  const store = openHome();
  const sub = store.findSubscription(wanted);
  if (!sub) return fail(`no subscription matches "${sanitizeLine(wanted)}" (see "newsink feeds")`);
  store.removeSubscription(sub.url);
  const index = openRelatedIndex(store.home);
  index.removeFeed(sub.url);
  index.save();
  println(`Removed ${sanitizeLine(sub.title)} (${sub.url})`);
  return 0;
}
