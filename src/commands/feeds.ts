import { sanitizeLine } from '../core/sanitize.js';
import { fail, openHome, parseArgs, printJson, println } from './common.js';

const help = `
Usage
  $ newsink feeds [--json]

Lists your subscriptions with their tags, unread counts and the result of the last refresh.

Options
  --json   print [{"url","title","tags","unread","total","status","error","checkedAt"}]
`;

export async function run(argv: readonly string[]): Promise<number> {
  const cli = parseArgs(help, argv, { json: { type: 'boolean', default: false } });
  if (cli.input.length > 0) return fail('feeds takes no arguments (see "newsink feeds --help")', 2);
  const store = openHome();
  const states = store.allFeedStates();
  const rows = store.subscriptions().map((sub) => {
    const headlines = store.loadHeadlines(sub.url);
    const state = states[sub.url] ?? {};
    return {
      url: sub.url,
      title: sub.title,
      tags: [...sub.tags],
      unread: headlines.filter((headline) => !store.isRead(headline.id)).length,
      total: headlines.length,
      status: state.status ?? 'never',
      error: state.error ?? null,
      checkedAt: state.checkedAt ?? null,
    };
  });
  if (cli.flags.json) {
    printJson(rows);
    return 0;
  }
  if (rows.length === 0)
    println('No subscriptions. Add one with "newsink add URL" or "newsink import FILE.opml".');
  for (const row of rows) {
    const tags = row.tags.length > 0 ? ` [${row.tags.map(sanitizeLine).join(', ')}]` : '';
    const status = row.status === 'error' ? `error: ${sanitizeLine(row.error)}` : row.status;
    println(
      `${String(row.unread).padStart(5)}/${String(row.total).padEnd(5)} ${sanitizeLine(row.title)}${tags}`,
    );
    println(`            ${row.url}  (${status})`);
  }
  return 0;
}
