import { findCached, similarInFeeds } from '../core/related/for-article.js';
import { sanitizeLine } from '../core/sanitize.js';
import { fail, openHome, parseArgs, printJson, println } from './common.js';

export { type RelatedEntry, relatedForArticle } from '../core/related/for-article.js';

const help = `
Usage
  $ newsink related ID|URL [--limit N] [--json]

Lists cached stories from your feeds that are similar to the given one, best first.
Works from the cache alone: no network access.

Options
  --limit, -n      at most N stories (default 5)
  --json           print [{"id","title","url","feed","feedTitle","score"}]
`;

export async function run(argv: readonly string[]): Promise<number> {
  const cli = parseArgs(help, argv, {
    limit: { type: 'number', shortFlag: 'n', default: 5 },
    json: { type: 'boolean', default: false },
  });
  const { flags } = cli;
  if (cli.input.length !== 1)
    return fail('related takes one story id or URL (see "newsink related --help")', 2);
  if (!Number.isInteger(flags.limit) || flags.limit < 1)
    return fail('--limit takes a whole number above 0', 2);
  const wanted = cli.input[0]!;
  const store = openHome({ seedDefaults: false });
  const article = findCached(store, wanted);
  if (!article) {
    return fail(`no cached story has the id or URL "${sanitizeLine(wanted)}" (see "newsink list")`);
  }
  const titles = new Map(store.subscriptions().map((sub) => [sub.url, sub.title]));
  const matches = similarInFeeds(store, article, flags.limit).map((match) => ({
    id: match.id,
    title: sanitizeLine(match.title),
    url: match.url ?? null,
    feed: match.feed,
    feedTitle: sanitizeLine(titles.get(match.feed) ?? match.feed),
    score: match.score,
  }));
  if (flags.json) {
    printJson(matches);
    return 0;
  }
  if (matches.length === 0) println('No similar stories in your feeds.');
  for (const match of matches) println(`${match.score.toFixed(2)}  ${match.feedTitle}: ${match.title}`);
  return 0;
}
