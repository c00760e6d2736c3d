/** xml:base, which rss-parser drops: read from the raw text, in document order. */

export interface XmlBases {
  /** xml:base on the root or channel/feed element (the channel's resolved against the root's). */
  readonly feed?: string;
  /** xml:base of each item/entry element, in document order (undefined where an item has none). */
  readonly items: readonly (string | undefined)[];
}

const ATTR = /\bxml:base\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const ITEM_TAG = /<(?:[\w-]+:)?(?:item|entry)(?=[\s>/])([^>]*)>/g;
const FEED_TAG = /<(?:[\w-]+:)?(?:rss|RDF|feed|channel)(?=[\s>/])([^>]*)>/g;

function baseIn(attributes: string): string | undefined {
  const match = ATTR.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

function join(outer: string | undefined, inner: string | undefined): string | undefined {
  if (!inner) return outer;
  if (!outer) return inner;
  try {
    return new URL(inner, outer).href;
  } catch {
    return inner;
  }
}

/** The xml:base values of a feed document (cheap when the text has none). */
export function readXmlBases(xml: string): XmlBases {
  if (!xml.includes('xml:base')) return { items: [] };
  // CDATA can hold markup that looks like items; blank it out (same length is not needed).
  const text = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  let feed: string | undefined;
  for (const match of text.matchAll(FEED_TAG)) {
    const attrs = match[1]!;
    feed = join(feed, baseIn(attrs));
    if (/^<(?:[\w-]+:)?(?:channel|feed)/.test(match[0])) break;
  }
  const items: (string | undefined)[] = [];
  for (const match of text.matchAll(ITEM_TAG)) {
    items.push(baseIn(match[1]!));
  }
  return { feed, items };
}
