/** RawFeed → ParsedFeed: every string cleaned, every link absolute http(s), every date ISO or absent. */
import { sanitizeLine, sanitizeText } from '../sanitize.js';
import type { Enclosure, ParsedFeed, ParsedItem } from '../types.js';
import { parseDate } from './dates.js';
import { fixMojibake } from './mojibake.js';
import { prop, type RawEnclosure, type RawFeed, type RawItem, textOf } from './raw.js';
import { htmlToLine, htmlToText, truncateWords } from './text.js';
import { normaliseUrl, resolveUrl } from './urls.js';

// A title made up from the summary stops near here (a word boundary), as a headline would.
const DERIVED_TITLE_LENGTH = 80;
const UNTITLED = '(untitled)';

function html(value: unknown): string | undefined {
  const text = sanitizeText(fixMojibake(textOf(value))).trim();
  return text || undefined;
}

function line(value: unknown): string | undefined {
  return htmlToLine(fixMojibake(textOf(value))) || undefined;
}

/** RSS writes authors as "jane@example.com (Jane Doe)": the name is what a reader shows. */
function authorName(value: unknown): string | undefined {
  const text = line(typeof value === 'object' ? (prop(value, 'name') ?? value) : value);
  const named = text && /^\S+@\S+\s*\((.+)\)$/.exec(text);
  return named ? named[1]!.trim() : text;
}

function enclosureOf(raw: RawEnclosure, bases: readonly (string | undefined)[]): Enclosure | undefined {
  const url = resolveUrl(textOf(raw.url), bases);
  if (!url) return undefined;
  const type = sanitizeLine(textOf(raw.type)) || undefined;
  const length = Number(textOf(raw.length));
  return { url, ...(type ? { type } : {}), ...(length > 0 && Number.isFinite(length) ? { length } : {}) };
}

function titleOf(item: RawItem, summary: string | undefined, content: string | undefined): string {
  const title = line(item.title);
  if (title) return title;
  const text = htmlToText(summary ?? content ?? '');
  return text ? truncateWords(text, DERIVED_TITLE_LENGTH) : UNTITLED;
}

function itemOf(item: RawItem, bases: readonly (string | undefined)[]): ParsedItem {
  const itemBases = item.base ? [...bases, item.base] : bases;
  const url = resolveUrl(textOf(item.link), itemBases);
  const summary = html(item.summary);
  const content = html(item.content);
  const id = sanitizeLine(textOf(item.id));
  const key = id || (url ? normaliseUrl(url) : undefined);
  const enclosures = (item.enclosures ?? [])
    .map((raw) => enclosureOf(raw, itemBases))
    .filter((e): e is Enclosure => e !== undefined);
  const author = authorName(item.author);
  const published = parseDate(textOf(item.date).trim() || item.date);
  return {
    ...(key ? { key } : {}),
    title: titleOf(item, summary, content),
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(summary ? { summary } : {}),
    ...(content ? { content } : {}),
    enclosures,
  };
}

/**
 * Normalises a parsed feed. Links resolve against, innermost first: the item's xml:base, the feed's
 * xml:base, the feed's own link (only when there is no xml:base), and the URL the feed was fetched from.
 */
export function normaliseFeed(raw: RawFeed, url: string): ParsedFeed {
  const link = resolveUrl(textOf(raw.link), [url, raw.base]);
  const bases = raw.base ? [url, raw.base] : [url, link];
  return {
    title: line(raw.title) ?? '',
    ...(link ? { link } : {}),
    items: raw.items.map((item) => itemOf(item, bases)),
  };
}
