/** Feed bytes → ParsedFeed: JSON Feed, RSS 0.9x/1.0/2.0 or Atom, strict first, lenient when that fails. */
import type { ParsedFeed } from '../types.js';
import { readXmlBases } from './bases.js';
import { decodeBytes } from './decode.js';
import { NotAFeedError } from './errors.js';
import { parseWithFallback } from './fallback.js';
import { mapJsonFeed } from './jsonfeed.js';
import { normaliseFeed } from './normalise.js';
import type { RawFeed } from './raw.js';
import { cleanXmlText, flattenXhtml, hideAtomDates, repairXml } from './repair.js';
import { parseWithRssParser } from './rss-parser.js';

export { NotAFeedError } from './errors.js';

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed']);

/** Prefix and local name (lower case) of the root element, skipping the prolog; undefined when none. */
function rootElement(xml: string): { prefix?: string; name: string } | undefined {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i.exec(xml);
  const rest = xml.slice(prolog?.[0].length ?? 0);
  const match = /^<(?:([\w.-]+):)?([\w.-]+)/.exec(rest);
  if (!match) return undefined;
  return { ...(match[1] ? { prefix: match[1] } : {}), name: match[2]!.toLowerCase() };
}

/**
 * RSS or Atom written with a prefix on every element (`<r:rss>`, `<atom:feed>`): the prefix removed, since
 * rss-parser matches element names literally. RDF's own `rdf:` prefix is how RSS 1.0 is written and stays.
 */
function unprefixRoot(xml: string, prefix: string | undefined): string {
  if (!prefix || prefix === 'rdf') return xml;
  const escaped = prefix.replace(/[.-]/g, '\\$&');
  return xml.replace(new RegExp(`<(/?)${escaped}:`, 'g'), '<$1');
}

/** A feed root with no channel, entry or item at all is an empty feed, not a broken one. */
function isEmptyFeed(xml: string): boolean {
  return !/<(?:[\w-]+:)?(?:channel|entry|item)[\s>/]/.test(xml);
}

function withBases(raw: RawFeed, xml: string): RawFeed {
  const bases = readXmlBases(xml);
  if (!bases.feed && bases.items.length === 0) return raw;
  // Item bases line up with parsed items only when both saw the same number of items.
  const aligned = bases.items.length === raw.items.length;
  return {
    ...raw,
    base: raw.base ?? bases.feed,
    items: raw.items.map((item, i) => (item.base || !aligned ? item : { ...item, base: bases.items[i] })),
  };
}

async function parseXml(text: string): Promise<RawFeed> {
  const root = rootElement(text);
  if (!root || !FEED_ROOTS.has(root.name)) throw new NotAFeedError();
  const xml = flattenXhtml(unprefixRoot(text, root.prefix));
  const isAtom = root.name === 'feed';
  try {
    return withBases(await parseWithRssParser(xml, isAtom), xml);
  } catch (strictError) {
    const repaired = repairXml(xml);
    const forRssParser = isAtom ? hideAtomDates(repaired) : repaired;
    try {
      return withBases(await parseWithRssParser(forRssParser, isAtom), forRssParser);
    } catch {
      try {
        return withBases(await parseWithFallback(repaired), repaired);
      } catch {
        if (isEmptyFeed(xml)) return { items: [] };
        throw new Error(`malformed feed: ${(strictError as Error).message.split('\n')[0]}`);
      }
    }
  }
}

function parseJson(text: string): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`malformed JSON feed: ${(error as Error).message}`);
  }
  return mapJsonFeed(doc);
}

/**
 * Parses a fetched feed document. `contentType` is the response's Content-Type (its charset counts when
 * decoding), `url` the final fetched URL (the base for relative links). Throws `Error('empty document')`
 * for an empty body, NotAFeedError (`not a feed`) for an HTML page or other non-feed, and an Error naming
 * the XML problem when neither the strict nor the lenient parser can read it.
 */
export async function parseFeed(
  bytes: Uint8Array,
  contentType: string | undefined,
  url: string,
): Promise<ParsedFeed> {
  const { text } = decodeBytes(bytes, { contentType, kind: 'xml' });
  const trimmed = text.trim();
  if (!trimmed) throw new Error('empty document');
  const raw = trimmed.startsWith('{') ? parseJson(trimmed) : await parseXml(cleanXmlText(trimmed));
  return normaliseFeed(raw, url);
}
