import { parseHTML } from 'linkedom';
import { sanitizeLine } from '../sanitize.js';
import { blocksFromElement } from './blocks.js';
import { blocksToText, collectLinks } from './text.js';
import type { ExtractedArticle } from './types.js';

/** What the feed says about an item, for the header of feed content shown as an article. */
export interface FeedItemMeta {
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly published?: string;
  readonly lang?: string;
}

/**
 * Turns a feed item's HTML (summary or content) into the same article shape `extractArticle` makes,
 * so the reader shows feed content through the same renderer. No boilerplate removal: feed HTML is
 * the publisher's chosen body. Relative links resolve against `url`.
 */
export function articleFromFeedHtml(html: string, url: string, meta: FeedItemMeta = {}): ExtractedArticle {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = document.body ? blocksFromElement(document.body, { baseUrl: url }) : [];
  const clean = (s: string | undefined): string | undefined => sanitizeLine(s) || undefined;
  return {
    url,
    title: sanitizeLine(meta.title),
    byline: clean(meta.byline),
    siteName: clean(meta.siteName),
    published: clean(meta.published),
    lang: clean(meta.lang),
    blocks,
    text: blocksToText(blocks),
    links: collectLinks(blocks),
    related: [],
  };
}
