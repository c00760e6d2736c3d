import { parseHTML } from 'linkedom';
import { safeHttpUrl } from '../sanitize.js';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
]);

/**
 * Feed URLs that a web page advertises with `<link rel="alternate" type="application/rss+xml|atom+xml|
 * feed+json">`, in page order, resolved against `<base href>` and the page URL; http(s) only.
 */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html);
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  const base = (baseHref && safeHttpUrl(baseHref, pageUrl)) || pageUrl;
  const found: string[] = [];
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = safeHttpUrl(link.getAttribute('href') ?? '', base);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}
