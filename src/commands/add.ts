import { updateRelatedIndex } from '../core/refresh/related-update.js';
import { sanitizeLine } from '../core/sanitize.js';
import { SubscribeError, subscribe } from '../core/subscribe/subscribe.js';
import { fail, openHome, parseArgs, println } from './common.js';

const help = `
Usage
  $ newsink add URL [--tag TAG]... [--title TITLE]

Subscribes to a feed (RSS, Atom or JSON Feed), or to the feed that a web page advertises.
Fetches it once and prints its title and how many stories it has.

Options
  --tag, -t     put the feed under a tag (repeatable)
  --title       use this title instead of the feed's own

Examples
  $ newsink add https://www.theguardian.com/world/rss
  $ newsink add https://example.com/blog --tag friends
`;

export async function run(argv: readonly string[]): Promise<number> {
  const cli = parseArgs(help, argv, {
    tag: { type: 'string', shortFlag: 't', isMultiple: true },
    title: { type: 'string' },
  });
  const [url, ...extra] = cli.input;
  if (!url || extra.length > 0) return fail('add takes one URL (see "newsink add --help")', 2);
  // A user who adds a feed first never gets the built-in feeds.
  const store = openHome({ seedDefaults: false });
  try {
    const { subscription, itemCount } = await subscribe(store, url, {
      tags: cli.flags.tag,
      title: cli.flags.title,
    });
    store.markInitialized();
    updateRelatedIndex(
      store.home,
      new Map([[subscription.url, store.loadArticles(subscription.url)]]),
      (message) => fail(`warning: ${message}`),
    );
    const via = subscription.url === url ? '' : ` (found at ${subscription.url})`;
    println(
      `Added ${sanitizeLine(subscription.title)}${via}: ${itemCount} ${itemCount === 1 ? 'story' : 'stories'}`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(error instanceof SubscribeError ? message : `could not add ${url}: ${message}`);
  }
}
