/** OPML 1.0/2.0 subscription lists: import (tolerant) and export (round-trips url, title and tags). */
import { decodeXML } from 'entities';
import { safeHttpUrl, sanitizeLine } from './sanitize.js';
import type { Subscription } from './types.js';

export interface OpmlFeed {
  readonly url: string;
  readonly title: string;
  readonly tags: string[];
  readonly siteUrl?: string;
}

const TAG = /<(\/?)outline\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/gi;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a tag, names lower-cased (OPML in the wild writes `xmlUrl`, `xmlurl` and `XMLURL`). */
function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    out.set(match[1]!.toLowerCase(), decodeXML(match[2] ?? match[3] ?? ''));
  }
  return out;
}

/** Tags from an OPML 2.0 `category` attribute: comma-separated, each with an optional leading slash. */
function categoryTags(category: string | undefined): string[] {
  if (!category) return [];
  return category
    .split(',')
    .map((part) => sanitizeLine(part.replace(/^\//, '')))
    .filter(Boolean);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The feeds in an OPML document. Outlines with an `xmlUrl` (any case; `type="rss"` not required) are
 * feeds; the titles of the outlines they are nested in become tags, followed by any `category` tags.
 * Feeds whose URL is not http(s) are skipped; a feed listed twice is kept once, with the tags of both.
 */
export function parseOpml(text: string): OpmlFeed[] {
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const stack: (string | undefined)[] = [];
  const feeds = new Map<string, { url: string; title: string; tags: string[]; siteUrl?: string }>();
  for (const match of body.matchAll(TAG)) {
    if (match[1]) {
      stack.pop();
      continue;
    }
    const attrs = attributes(match[2]!);
    const selfClosing = match[3] === '/';
    const label = sanitizeLine(attrs.get('text') || attrs.get('title') || '');
    const url = safeHttpUrl(attrs.get('xmlurl') ?? '');
    if (url) {
      const tags = unique([...stack.filter((t): t is string => !!t), ...categoryTags(attrs.get('category'))]);
      const existing = feeds.get(url);
      if (existing) existing.tags = unique([...existing.tags, ...tags]);
      else {
        const siteUrl = safeHttpUrl(attrs.get('htmlurl') ?? '');
        feeds.set(url, { url, title: label || url, tags, ...(siteUrl ? { siteUrl } : {}) });
      }
    }
    // A feed outline with children nests nothing meaningful: keep the stack balanced without a tag.
    if (!selfClosing) stack.push(url ? undefined : label || undefined);
  }
  return [...feeds.values()];
}

function escapeAttribute(value: string): string {
  return sanitizeLine(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function feedOutline(sub: Subscription, indent: string): string {
  const attrs = [
    ['type', 'rss'],
    ['text', sub.title],
    ['title', sub.title],
    ['xmlUrl', sub.url],
    ...(sub.siteUrl ? [['htmlUrl', sub.siteUrl]] : []),
    ...(sub.tags.length > 1 ? [['category', sub.tags.map((tag) => `/${tag}`).join(',')]] : []),
  ];
  return `${indent}<outline ${attrs.map(([k, v]) => `${k}="${escapeAttribute(v!)}"`).join(' ')}/>`;
}

/**
 * An OPML 2.0 document listing `subs`. A feed appears under an outline named after its first tag; a feed
 * with several tags also carries them all in `category`, so parseOpml of the result gives back the same
 * url, title and tags.
 */
export function serializeOpml(subs: readonly Subscription[], title = 'newsink subscriptions'): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeAttribute(title)}</title>`,
    `    <dateCreated>${new Date().toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  const byTag = new Map<string, Subscription[]>();
  for (const sub of subs) {
    const tag = sub.tags[0];
    if (tag === undefined) lines.push(feedOutline(sub, '    '));
    else byTag.set(tag, [...(byTag.get(tag) ?? []), sub]);
  }
  for (const [tag, tagged] of byTag) {
    lines.push(`    <outline text="${escapeAttribute(tag)}" title="${escapeAttribute(tag)}">`);
    for (const sub of tagged) lines.push(feedOutline(sub, '      '));
    lines.push('    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
