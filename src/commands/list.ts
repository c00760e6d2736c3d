import { sanitizeLine } from '../core/sanitize.js';
import { newestFirst } from '../core/store/store.js';
import { fail, openHome, parseArgs, printJson, println } from './common.js';

const help = `
Usage
  $ newsink list [--unread] [--starred] [--feed URL|TITLE] [--limit N] [--json]

Lists cached stories, newest first (run "newsink refresh" to fetch new ones).

Options
  --unread         only unread stories
  --starred        only starred stories
  --feed           only this feed (its URL or title)
  --limit, -n      at most N stories
  --json           print [{"id","feed","feedTitle","title","url","published","read","starred"}]
`;

export async function run(argv: readonly string[]): Promise<number> {
  const cli = parseArgs(help, argv, {
    unread: { type: 'boolean', default: false },
    starred: { type: 'boolean', default: false },
    feed: { type: 'string' },
    limit: { type: 'number', shortFlag: 'n' },
    json: { type: 'boolean', default: false },
  });
  const { flags } = cli;
  if (cli.input.length > 0) return fail('list takes no arguments (see "newsink list --help")', 2);
  if (flags.limit !== undefined && (!Number.isInteger(flags.limit) || flags.limit < 0)) {
    return fail('--limit takes a whole number', 2);
  }
  const store = openHome();
  const titles = new Map(store.subscriptions().map((sub) => [sub.url, sub.title]));
  let feedUrl: string | undefined;
  if (flags.feed !== undefined) {
    const sub = store.findSubscription(flags.feed);
    if (!sub) return fail(`no subscription matches "${sanitizeLine(flags.feed)}" (see "newsink feeds")`);
    feedUrl = sub.url;
  }
  let items = newestFirst(store.loadHeadlines(feedUrl));
  if (flags.unread) items = items.filter((item) => !store.isRead(item.id));
  if (flags.starred) items = items.filter((item) => store.isStarred(item.id));
  if (flags.limit !== undefined) items = items.slice(0, flags.limit);
  const rows = items.map((item) => ({
    id: item.id,
    feed: item.feed,
    feedTitle: titles.get(item.feed) ?? item.feed,
    title: item.title,
    url: item.url ?? null,
    published: item.published ?? null,
    read: store.isRead(item.id),
    starred: store.isStarred(item.id),
  }));
  if (flags.json) {
    printJson(rows);
    return 0;
  }
  for (const row of rows) {
    const marks = `${row.read ? ' ' : 'N'}${row.starred ? '*' : ' '}`;
    const date = row.published ? row.published.slice(0, 10) : '          ';
    println(`${row.id}  ${marks} ${date}  ${sanitizeLine(row.feedTitle)}: ${sanitizeLine(row.title)}`);
  }
  return 0;
}
