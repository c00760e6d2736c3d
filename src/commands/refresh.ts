import process from 'node:process';
import { closeIdleConnections } from '../core/net/fetch.js';
import { type RefreshReport, refreshFeeds } from '../core/refresh/refresh.js';
import { relatedUpdater } from '../core/refresh/related-later.js';
import { sanitizeLine } from '../core/sanitize.js';
import { fail, openHome, printJson, println } from './basics.js';

const help = `
Usage
  $ newsink refresh [--json]

Fetches every subscribed feed now (concurrently; a failing feed never stops the others) and prints a
summary. Progress goes to stderr when it is a terminal.

Options
  --json   print {"feeds":[{"url","title","status","newItems","error"}],"durationMs"}

Exit code 0 when at least one feed could be read (or there are none), 1 when every feed failed.
`;

export async function run(argv: readonly string[]): Promise<number> {
  // The usual runs, no arguments or only --json (e.g. from cron or a script), do not load meow at all
  // (~50 ms of start-up); anything else goes through it.
  let json = argv.length === 1 && argv[0] === '--json';
  if (argv.length > 0 && !json) {
    const { parseArgs } = await import('./common.js');
    const cli = parseArgs(help, argv, { json: { type: 'boolean', default: false } });
    if (cli.input.length > 0) return fail('refresh takes no arguments (see "newsink refresh --help")', 2);
    json = cli.flags.json;
  }
  const store = openHome();
  const showProgress = process.stderr.isTTY === true;
  const related = relatedUpdater(store.home, (message) => fail(`warning: ${message}`));
  const report = await refreshFeeds(store, {
    onProgress: showProgress
      ? ({ done, total }) => process.stderr.write(`\rRefreshing ${done}/${total}…`)
      : undefined,
    onFeedChanged: related.onFeedChanged,
  });
  closeIdleConnections();
  await related.settled();
  if (showProgress) process.stderr.write('\r\u001b[K');
  if (json) {
    printJson({
      feeds: report.feeds.map((feed) => ({
        url: feed.url,
        title: feed.title,
        status: feed.status,
        newItems: feed.newItems,
        error: feed.error ?? null,
      })),
      durationMs: report.durationMs,
    });
  } else {
    printSummary(report);
  }
  const failed = report.feeds.filter((feed) => feed.status === 'error').length;
  return report.feeds.length > 0 && failed === report.feeds.length ? 1 : 0;
}

/** Failures listed one per line; past this many (a network that is down), the rest are counted. */
const LISTED_FAILURES = 10;

function printSummary(report: RefreshReport): void {
  const fresh = report.feeds.reduce((sum, feed) => sum + feed.newItems, 0);
  const failed = report.feeds.filter((feed) => feed.status === 'error');
  for (const feed of failed.slice(0, LISTED_FAILURES))
    println(`failed  ${sanitizeLine(feed.title)} (${feed.url}): ${sanitizeLine(feed.error)}`);
  if (failed.length > LISTED_FAILURES) {
    println(`failed  ${failed.length - LISTED_FAILURES} more ("newsink feeds" shows each feed's last error)`);
  }
  const seconds = (report.durationMs / 1000).toFixed(1);
  println(
    `${report.feeds.length} feeds refreshed in ${seconds} s: ${fresh} new ${fresh === 1 ? 'story' : 'stories'}` +
      (failed.length > 0 ? `, ${failed.length} failed` : ''),
  );
}
