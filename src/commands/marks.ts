import { fail, openHome, parseArgs, println } from './common.js';

type Mark = { kind: 'read' | 'starred'; value: boolean; verb: string; past: string };

/** Shared body of mark-read, mark-unread, star and unstar: check every id exists, then mark them all. */
export function markCommand(name: string, mark: Mark): (argv: readonly string[]) => Promise<number> {
  const help = `
Usage
  $ newsink ${name} ID...

${mark.verb} the stories with these ids (as "newsink list" shows them).
`;
  return async (argv) => {
    const cli = parseArgs(help, argv, {});
    if (cli.input.length === 0)
      return fail(`${name} takes one or more story ids (see "newsink ${name} --help")`, 2);
    const store = openHome();
    const known = new Set(store.loadHeadlines().map((headline) => headline.id));
    const unknown = cli.input.filter((id) => !known.has(id));
    if (unknown.length > 0) return fail(`no story with id ${unknown.join(', ')} (see "newsink list")`);
    if (mark.kind === 'read') store.setRead(cli.input, mark.value);
    else store.setStarred(cli.input, mark.value);
    println(`${mark.past} ${cli.input.length} ${cli.input.length === 1 ? 'story' : 'stories'}`);
    return 0;
  };
}
