import { sanitizeLine } from '../sanitize.js';
import { linkTitle, type PageContext, storyUrl } from './page-link-filter.js';

/** A related link named by markup rather than by a visible label. */
export interface HintedLink {
  readonly url: string;
  /** Visible title, when the hint carries one. */
  readonly title: string;
  /** The anchor itself, when the hint is a visible link. */
  readonly anchor?: Element;
}

const RELATED_KEYS = new Set(['relatedLink', 'isRelatedTo']);

/** `<a rel="related">`, microdata `itemprop="relatedLink"` / `isRelatedTo`, and the same keys in JSON-LD. */
export function findHintedLinks(all: readonly Element[], page: PageContext): HintedLink[] {
  const hints: HintedLink[] = [];
  for (const element of all) {
    const rel = element.tagName === 'A' ? ` ${element.getAttribute('rel') ?? ''} ` : '';
    const itemprop = ` ${element.getAttribute('itemprop') ?? ''} `;
    if (!rel.includes(' related ') && !/ (?:relatedLink|isRelatedTo) /.test(itemprop)) continue;
    const href = element.getAttribute('href') ?? element.getAttribute('content');
    const anchor = element.tagName === 'A' ? element : element.querySelector('a[href]');
    const url = storyUrl(href ?? anchor?.getAttribute('href'), page);
    if (url) hints.push({ url, title: anchor ? linkTitle(anchor) : '', anchor: anchor ?? undefined });
  }
  for (const script of all) {
    if (script.tagName !== 'SCRIPT' || script.getAttribute('type')?.toLowerCase() !== 'application/ld+json')
      continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    walk(data, 0, (value) => {
      const url = storyUrl(typeof value === 'string' ? value : urlOf(value), page);
      if (url) hints.push({ url, title: typeof value === 'string' ? '' : titleOf(value) });
    });
  }
  return hints;
}

function walk(value: unknown, depth: number, visit: (related: unknown) => void): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, depth + 1, visit);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (RELATED_KEYS.has(key)) {
      for (const item of Array.isArray(child) ? child : [child]) visit(item);
    } else {
      walk(child, depth + 1, visit);
    }
  }
}

function urlOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const url = record.url ?? record['@id'];
  return typeof url === 'string' ? url : undefined;
}

function titleOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const record = value as Record<string, unknown>;
  return sanitizeLine(typeof record.headline === 'string' ? record.headline : record.name);
}
