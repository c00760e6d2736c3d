/** The lenient parser for feeds rss-parser rejects: feedsmith, mapped to RawFeed. */
import { first, prop, type RawEnclosure, type RawFeed, type RawItem } from './raw.js';

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function atomLink(links: unknown, rel: string): unknown {
  return array(links).find((link) => (prop(link, 'rel') ?? 'alternate') === rel);
}

function xmlBase(node: unknown): string | undefined {
  const base = prop(prop(node, 'xml'), 'base');
  return typeof base === 'string' ? base : undefined;
}

function mapRssItem(item: unknown): RawItem {
  const dc = prop(item, 'dc');
  const enclosures: RawEnclosure[] = array(prop(item, 'enclosures')).map((enclosure) => ({
    url: prop(enclosure, 'url'),
    type: prop(enclosure, 'type'),
    length: prop(enclosure, 'length'),
  }));
  const guid = prop(item, 'guid');
  const guidValue = prop(guid, 'value') ?? guid;
  const link =
    prop(item, 'link') ??
    (prop(guid, 'isPermaLink') !== false && typeof guidValue === 'string' && /^https?:\/\//i.test(guidValue)
      ? guidValue
      : prop(atomLink(prop(prop(item, 'atom'), 'links'), 'alternate'), 'href'));
  return {
    id: guidValue,
    title: prop(item, 'title') ?? first(prop(dc, 'titles')) ?? prop(prop(item, 'itunes'), 'title'),
    link,
    author: first(prop(item, 'authors')) ?? first(prop(dc, 'creators')),
    date: prop(item, 'pubDate') ?? first(prop(dc, 'dates')),
    summary: prop(item, 'description'),
    content: prop(prop(item, 'content'), 'encoded'),
    enclosures,
    base: xmlBase(item),
  };
}

function mapAtomEntry(entry: unknown): RawItem {
  const enclosure = array(prop(entry, 'links')).filter((link) => prop(link, 'rel') === 'enclosure');
  return {
    id: prop(entry, 'id'),
    title: prop(entry, 'title'),
    link: prop(atomLink(prop(entry, 'links'), 'alternate') ?? first(prop(entry, 'links')), 'href'),
    author: prop(first(prop(entry, 'authors')), 'name'),
    date: prop(entry, 'published') ?? prop(entry, 'updated'),
    summary: prop(entry, 'summary'),
    content: prop(entry, 'content'),
    enclosures: enclosure.map((link) => ({
      url: prop(link, 'href'),
      type: prop(link, 'type'),
      length: prop(link, 'length'),
    })),
    base: xmlBase(entry),
  };
}

/**
 * Parses RSS, RDF or Atom text with feedsmith, which accepts much that strict XML parsers refuse
 * (undeclared entities, unclosed CDATA, prefixed roots). Throws when it cannot find a feed either.
 */
export async function parseWithFallback(xml: string): Promise<RawFeed> {
  // Loaded the first time a feed needs it: most refreshes never do (and the parse worker starts faster).
  const { parseFeed: feedsmithParse } = await import('feedsmith');
  const { format, feed } = feedsmithParse(xml) as { format: string; feed: unknown };
  if (format === 'atom') {
    return {
      title: prop(feed, 'title'),
      link: prop(atomLink(prop(feed, 'links'), 'alternate'), 'href'),
      base: xmlBase(feed),
      items: array(prop(feed, 'entries')).map(mapAtomEntry),
    };
  }
  if (format === 'rss' || format === 'rdf') {
    return {
      title: prop(feed, 'title') ?? first(prop(prop(feed, 'dc'), 'titles')),
      link: prop(feed, 'link'),
      base: xmlBase(feed),
      items: array(prop(feed, 'items')).map(mapRssItem),
    };
  }
  throw new Error(`unsupported feed format ${format}`);
}
