/** Feed bytes → ParsedFeed: JSON Feed, RSS 0.9x/1.0/2.0 or Atom, strict first, lenient when that fails. */
import type { ParsedFeed } from '../types.js';
import { readXmlBases } from './bases.js';
import { decodeBytes } from './decode.js';
import { parseWithFallback } from './fallback.js';
import { mapJsonFeed, NotAFeedError } from './jsonfeed.js';
import { normaliseFeed } from './normalise.js';
import type { RawFeed } from './raw.js';
import { cleanXmlText, repairXml } from './repair.js';
import { parseWithRssParser } from './rss-parser.js';

export { NotAFeedError } from './jsonfeed.js';

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);

/** Local name (lower case) of the root element, skipping the prolog, or undefined when there is none. */
export function rootElementName(xml: string): string | undefined {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i.exec(xml);
  const rest = xml.slice(prolog?.[0].length ?? 0);
  const match = /^<([\w.-]+:)?([\w.-]+)/.exec(rest);
  return match?.[2]?.toLowerCase();
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

async function parseXml(xml: string): Promise<RawFeed> {
  const root = rootElementName(xml);
  if (!root || !FEED_ROOTS.has(root)) throw new NotAFeedError();
  const isAtom = root === 'feed';
  try {
    return withBases(await parseWithRssParser(xml, isAtom), xml);
  } catch (strictError) {
    const repaired = repairXml(xml);
    try {
      return withBases(await parseWithRssParser(repaired, isAtom), repaired);
    } catch {
      try {
        return withBases(parseWithFallback(repaired), repaired);
      } catch {
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
