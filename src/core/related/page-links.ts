import { sanitizeLine } from '../sanitize.js';
import { findHeadedBoxes, findMarkedBoxes, pageShape } from './page-link-boxes.js';
import { LinkList, linkTitle, pageContext, storyUrl } from './page-link-filter.js';
import { findHintedLinks } from './page-link-hints.js';
import { findInlineRelated } from './page-link-inline.js';
import { normaliseUrl } from './url.js';

/** A link that an article page itself presents as related ("Related", "Baca juga", "Lesen Sie auch", …). */
export interface PageLink {
  readonly title: string;
  readonly url: string;
}

export interface PageRelated {
  /** Same-site article links, in page order, de-duplicated by normalised URL. */
  readonly links: readonly PageLink[];
  /** The elements that hold them (boxes, lists, inline "Read also" paragraphs): removed from the body before extraction. */
  readonly containers: readonly Element[];
}

interface Found {
  readonly at: Element;
  readonly links: readonly { readonly url: string; readonly title: string }[];
}

function boxLinks(box: Element, page: ReturnType<typeof pageContext>): Found['links'] {
  const anchors = box.tagName === 'A' ? [box] : Array.from(box.querySelectorAll('a[href]'));
  const links: { url: string; title: string }[] = [];
  for (const anchor of anchors) {
    const url = storyUrl(anchor.getAttribute('href'), page);
    if (url) links.push({ url, title: linkTitle(anchor) });
  }
  return links;
}

function outermost(elements: readonly Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((element) => !unique.some((other) => other !== element && other.contains(element)));
}

/**
 * Finds the links a page marks as related: boxes named so by class, id or aria label; boxes under a
 * heading such as "Related stories", "Baca juga", "Mehr zum Thema", "À lire aussi" or "関連記事"; inline
 * "Read also: <link>" paragraphs; and `rel="related"`, microdata and JSON-LD `relatedLink` hints.
 * Keeps same-site story links with their (sanitised) titles, in page order, once per normalised URL;
 * drops menus, latest/most-read widgets, tag and category pages, share links, anchors and the page
 * itself. The containers returned never hold the article body, so the extractor can remove them.
 */
export function collectPageRelated(document: Document, pageUrl: string): PageRelated {
  const page = pageContext(pageUrl);
  if (!page.site || !document.body) return { links: [], containers: [] };
  // One list of all elements in document order, filtered by each finder: CSS selectors cost more.
  const all = Array.from(document.querySelectorAll('*'));
  const shape = pageShape(document, all, page);
  const boxes = outermost([...findMarkedBoxes(all, shape), ...findHeadedBoxes(all, shape)]);
  const found: Found[] = boxes.map((box) => ({ at: box, links: boxLinks(box, page) }));
  const containers = [...boxes];
  for (const inline of findInlineRelated(all, page)) {
    if (boxes.some((box) => box.contains(inline.element))) continue;
    found.push({ at: inline.element, links: inline.links });
    containers.push(...inline.containers);
  }
  const hints = findHintedLinks(all, page);
  for (const hint of hints) {
    if (!hint.anchor || containers.some((box) => box.contains(hint.anchor!))) continue;
    found.push({ at: hint.anchor, links: [{ url: hint.url, title: hint.title }] });
    containers.push(hint.anchor);
  }

  const order = new Map<Element, number>();
  for (const element of all) order.set(element, order.size);
  found.sort((a, b) => (order.get(a.at) ?? 0) - (order.get(b.at) ?? 0));
  const list = new LinkList();
  for (const item of found) for (const link of item.links) list.add(link.url, link.title);
  // JSON-LD names related URLs without showing them: take the title of a visible link, else the hint's own.
  for (const hint of hints) {
    if (hint.anchor || list.has(hint.url)) continue;
    list.add(hint.url, titleOnPage(all, hint.url, page.url) || hint.title || titleFromSlug(hint.url));
  }
  return { links: list.links, containers: outermost(containers) };
}

function titleOnPage(all: readonly Element[], url: string, pageUrl: string): string {
  const key = normaliseUrl(url);
  for (const anchor of all) {
    if (anchor.tagName !== 'A') continue;
    if (normaliseUrl(anchor.getAttribute('href') ?? '', pageUrl) === key) {
      const title = linkTitle(anchor);
      if (title) return title;
    }
  }
  return '';
}

// "/2026/11/27/shipping-rates-climb_123.html" → "Shipping rates climb": the best title a bare URL offers.
function titleFromSlug(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  const words = decodeURIComponentSafe(last)
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .split(/[-_+]+/)
    .filter((word) => word && !/^\d+$/.test(word));
  if (words.length < 2) return '';
  const text = sanitizeLine(words.join(' '));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
