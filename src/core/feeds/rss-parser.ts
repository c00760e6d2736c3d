/** The primary XML parser: rss-parser (RSS 0.9x/1.0/2.0, Atom), mapped to RawFeed. */
import Parser from 'rss-parser';
import { first, prop, type RawEnclosure, type RawFeed, type RawItem, textOf } from './raw.js';

// Raw fields rss-parser would otherwise drop or pre-digest: every enclosure and link, Atom's raw dates
// (its own conversion throws on a bad one), ids and dc:date.
const ITEM_FIELDS: Parser.CustomFieldItem<Record<string, unknown>>[] = [
  ['enclosure', 'enclosures', { keepArray: true }],
  ['link', 'links', { keepArray: true }],
  ['guid', 'guids', { keepArray: true }],
  'id',
  'published',
  'updated',
  ['newsink-published', 'published'],
  ['newsink-updated', 'updated'],
  'issued',
  'modified',
  'created',
  ['dc:date', 'dcDate'],
  ['dcterms:issued', 'dctermsIssued'],
  ['dcterms:modified', 'dctermsModified'],
  ['author', 'authors', { keepArray: true }],
  // Titles some podcast and media feeds give instead of <title>.
  ['itunes:title', 'itunesTitle'],
  ['media:title', 'mediaTitle'],
];

function atomLinks(links: unknown, rel: string): Record<string, unknown>[] {
  if (!Array.isArray(links)) return [];
  return links
    .map((link) => prop(link, '$') as Record<string, unknown> | undefined)
    .filter((attrs): attrs is Record<string, unknown> => !!attrs && typeof attrs.href === 'string')
    .filter((attrs) => (attrs.rel ?? 'alternate') === rel);
}

function enclosuresOf(item: Record<string, unknown>): RawEnclosure[] {
  const out: RawEnclosure[] = [];
  for (const enclosure of Array.isArray(item.enclosures) ? item.enclosures : []) {
    const attrs = prop(enclosure, '$');
    if (attrs)
      out.push({ url: prop(attrs, 'url'), type: prop(attrs, 'type'), length: prop(attrs, 'length') });
  }
  for (const link of atomLinks(item.links, 'enclosure')) {
    out.push({ url: link.href, type: link.type, length: link.length });
  }
  return out;
}

function authorOf(item: Record<string, unknown>): unknown {
  if (item.creator !== undefined) return item.creator;
  const author = first(item.authors);
  // Atom <author><name>…</name><email>…</email></author>: only the name.
  return prop(author, 'name') ?? author;
}

/** The item's link: the mapped one, an Atom alternate, or a guid that is a permalink URL. */
function linkOf(item: Record<string, unknown>, isAtom: boolean): unknown {
  const alternate = atomLinks(item.links, 'alternate')[0]?.href;
  if (isAtom) return alternate ?? atomLinks(item.links, 'self')[0]?.href;
  const link = textOf(item.link).trim();
  if (link) return link;
  const guid = first(item.guids);
  const permalink = prop(prop(guid, '$'), 'isPermaLink');
  const guidText = textOf(guid).trim();
  if (permalink !== 'false' && /^https?:\/\//i.test(guidText)) return guidText;
  return alternate;
}

function mapItem(item: Record<string, unknown>, isAtom: boolean): RawItem {
  return {
    id: isAtom ? item.id : (first(item.guids) ?? item.id),
    title: item.title ?? item.itunesTitle ?? item.mediaTitle,
    link: linkOf(item, isAtom),
    author: authorOf(item),
    date:
      (isAtom
        ? (item.published ?? item.issued ?? item.updated ?? item.modified ?? item.created)
        : (item.pubDate ?? item.published ?? item.updated)) ??
      item.dcDate ??
      item.dctermsIssued ??
      item.dctermsModified,
    summary: isAtom ? item.summary : item.content,
    content: isAtom ? item.content : item['content:encoded'],
    enclosures: enclosuresOf(item),
  };
}

/**
 * Parses RSS or Atom text with a fresh rss-parser (a reused instance behaves differently after an error).
 * `isAtom` says which mapping applies (the caller knows the root element).
 */
export async function parseWithRssParser(xml: string, isAtom: boolean): Promise<RawFeed> {
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
    defaultRSS: 2,
    customFields: { item: ITEM_FIELDS, feed: [['link', 'links', { keepArray: true }] as unknown as string] },
  });
  const feed = (await parser.parseString(xml)) as unknown as Record<string, unknown>;
  const items = Array.isArray(feed.items) ? (feed.items as Record<string, unknown>[]) : [];
  return {
    title: feed.title,
    link: isAtom ? (atomLinks(feed.links, 'alternate')[0]?.href ?? feed.link) : feed.link,
    items: items.map((item) => mapItem(item, isAtom)),
  };
}
