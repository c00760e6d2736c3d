import fs from 'node:fs';
import { parseOpml } from '../core/opml.js';
import { fail, openHome, parseArgs, println } from './common.js';

const help = `
Usage
  $ newsink import FILE.opml

Subscribes to every feed in an OPML file (1.0 or 2.0). Folders become tags. Feeds already subscribed
are skipped. Needs no network: stories arrive with the next refresh.
`;

export async function run(argv: readonly string[]): Promise<number> {
  const cli = parseArgs(help, argv, {});
  const [file, ...extra] = cli.input;
  if (!file || extra.length > 0) return fail('import takes one OPML file (see "newsink import --help")', 2);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let outlines: ReturnType<typeof parseOpml>;
  try {
    outlines = parseOpml(text);
  } catch (error) {
    return fail(
      `${file} is not a readable OPML file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (outlines.length === 0) return fail(`${file} lists no feeds`);
  // A user who imports first never gets the built-in feeds.
  const store = openHome({ seedDefaults: false });
  const known = new Set(store.subscriptions().map((sub) => sub.url));
  const addedAt = new Date().toISOString();
  let added = 0;
  for (const outline of outlines) {
    if (known.has(outline.url)) continue;
    known.add(outline.url);
    store.addSubscription({
      url: outline.url,
      title: outline.title || outline.url,
      tags: outline.tags,
      ...(outline.siteUrl ? { siteUrl: outline.siteUrl } : {}),
      addedAt,
    });
    added += 1;
  }
  store.markInitialized();
  const skipped = outlines.length - added;
  println(
    `Imported ${added} ${added === 1 ? 'feed' : 'feeds'}${skipped > 0 ? ` (${skipped} already subscribed)` : ''}`,
  );
  return 0;
}
