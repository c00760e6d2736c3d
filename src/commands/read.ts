import fs from 'node:fs';
import process from 'node:process';
import { extractArticle } from '../core/article/extract.js';
import { articleFromPage, NotHtmlError } from '../core/article/load.js';
import { type Line, renderLines } from '../core/article/render-lines.js';
import type { ExtractedArticle } from '../core/article/types.js';
import { wrapText } from '../core/article/wrap.js';
import { decodeBytes } from '../core/feeds/decode.js';
import { FetchError, fetchResource } from '../core/net/fetch.js';
import { type RelatedEntry, relatedForArticle } from '../core/related/for-article.js';
import { safeHttpUrl, sanitizeLine } from '../core/sanitize.js';
import { resolveHome } from '../core/store/home.js';
import { fail, parseArgs, println } from './common.js';

const help = `
Usage
  $ newsink read URL [--json] [--width N] [--text-only]
  $ newsink read FILE --url URL [--json] [--width N] [--text-only]

Prints an article's readable text: the page is fetched (or a saved page read), the story extracted
and wrapped to the width. Links are marked text[n] and listed at the end.

Options
  --url          the address a saved FILE came from (its links resolve against it)
  --width, -w    columns to wrap to (default: the terminal's width, at most 100; 80 in a pipe)
  --json         print {"url","title","byline","siteName","published","lang","text","links","related"}
  --text-only    only the body text, one paragraph per line (wrapped only with --width):
                 no title, no link markers, no links list
`;

// Pages past this are cut rather than refused: the story is near the top.
const PAGE_MAX_BYTES = 5 * 1024 * 1024;
const PAGE_TIMEOUT_MS = 20_000;

function defaultWidth(): number {
  if (!process.stdout.isTTY) return 80;
  return Math.min(100, process.stdout.columns || 80);
}

/** The page's own related links, then similar stories from the user's cached feeds (no network). */
function relatedOf(a: ExtractedArticle): RelatedEntry[] {
  return relatedForArticle(
    resolveHome(),
    { url: a.url, title: a.title, text: a.text, published: a.published },
    a.related,
  );
}

function toJson(a: ExtractedArticle, related: readonly RelatedEntry[]): unknown {
  return {
    url: a.url,
    title: a.title,
    byline: a.byline ?? null,
    siteName: a.siteName ?? null,
    published: a.published ?? null,
    lang: a.lang ?? null,
    text: a.text,
    links: a.links.map(({ n, text, url }) => ({ n, text, url })),
    related: related.map((r) => ({
      title: r.title,
      url: r.url,
      source: r.source,
      ...(r.source === 'feeds' ? { feed: r.feed, score: r.score } : {}),
    })),
  };
}

function formatLine(line: Line, tty: boolean): string {
  if (tty && (line.style === 'title' || line.style === 'heading')) return `\u001b[1m${line.text}\u001b[22m`;
  return line.text;
}

/** The "Related" section of the plain output: page links first, then "In your feeds". */
function relatedLines(related: readonly RelatedEntry[], width: number, tty: boolean): string[] {
  if (related.length === 0) return [];
  const lines: string[] = [];
  const section = (heading: string, entries: readonly RelatedEntry[]) => {
    if (entries.length === 0) return;
    lines.push('', formatLine({ text: heading, style: 'heading' }, tty), '');
    for (const entry of entries) {
      const source = entry.feedTitle ? ` (${entry.feedTitle})` : '';
      const [first = '', ...rest] = wrapText(`${entry.title}${source}`, width - 2);
      lines.push(`• ${first}`, ...rest.map((line) => `  ${line}`));
      lines.push(...wrapText(entry.url, width - 2).map((line) => `  ${line}`));
    }
  };
  section(
    'Related',
    related.filter((entry) => entry.source === 'page'),
  );
  section(
    'In your feeds',
    related.filter((entry) => entry.source === 'feeds'),
  );
  return lines;
}

interface Loaded {
  readonly article: ExtractedArticle;
  readonly extractMs: number;
}

async function loadPage(target: string, baseUrl: string | undefined): Promise<Loaded> {
  const url = safeHttpUrl(target);
  if (url) {
    const response = await fetchResource(url, {
      timeoutMs: PAGE_TIMEOUT_MS,
      maxBytes: PAGE_MAX_BYTES,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      onTooLarge: 'truncate',
    });
    const start = performance.now();
    const article = articleFromPage(response.bytes, response.contentType, response.url);
    return { article, extractMs: performance.now() - start };
  }
  const bytes = fs.readFileSync(target);
  const start = performance.now();
  const { text } = decodeBytes(bytes, { kind: 'html' });
  const article = extractArticle(text, baseUrl!);
  return { article, extractMs: performance.now() - start };
}

export async function run(argv: readonly string[]): Promise<number> {
  const cli = parseArgs(help, argv, {
    url: { type: 'string' },
    width: { type: 'number', shortFlag: 'w' },
    json: { type: 'boolean', default: false },
    textOnly: { type: 'boolean', default: false },
  });
  const { flags } = cli;
  const [target, ...extra] = cli.input;
  if (!target || extra.length > 0) return fail('read takes one URL or FILE (see "newsink read --help")', 2);
  if (flags.width !== undefined && (!Number.isInteger(flags.width) || flags.width < 10)) {
    return fail('--width takes a whole number of at least 10', 2);
  }
  const isUrl = safeHttpUrl(target) !== undefined && /^https?:/i.test(target);
  const base = flags.url === undefined ? undefined : safeHttpUrl(flags.url);
  if (flags.url !== undefined && !base)
    return fail(`--url must be an http(s) URL: ${sanitizeLine(flags.url)}`, 2);
  if (!isUrl && !base) return fail('a saved FILE needs --url URL (the address it came from)', 2);

  let loaded: Loaded;
  try {
    loaded = await loadPage(target, base);
  } catch (error) {
    if (error instanceof FetchError || error instanceof NotHtmlError) return fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`no such file: ${sanitizeLine(target)}`);
    if (code === 'EISDIR') return fail(`${sanitizeLine(target)} is a folder, not a saved page`);
    throw error;
  }
  if (process.env.NEWSINK_EXTRACT_MS === '1' && !process.stderr.isTTY) {
    process.stderr.write(`extract-ms: ${loaded.extractMs.toFixed(2)}\n`);
  }
  const { article } = loaded;
  if (flags.json) {
    println(JSON.stringify(toJson(article, relatedOf(article))));
    return 0;
  }
  if (flags.textOnly) {
    // Unwrapped unless asked: scripts and scorers read paragraphs, and a break inside a run of
    // Chinese or Japanese would split what they count as one word.
    const text = flags.width === undefined ? article.text : wrapText(article.text, flags.width).join('\n');
    if (text) println(text);
    return 0;
  }
  const width = flags.width ?? defaultWidth();
  const tty = process.stdout.isTTY === true;
  const out = renderLines(article, width).map((line) => formatLine(line, tty));
  out.push(...relatedLines(relatedOf(article), width, tty));
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  return 0;
}
