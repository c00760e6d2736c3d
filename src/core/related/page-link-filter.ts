import { sanitizeLine } from '../sanitize.js';
import { fold } from './page-link-words.js';
import type { PageLink } from './page-links.js';
import { cleanUrl, normaliseUrl, siteOf } from './url.js';

/** What the link filters need to know about the page being read. */
export interface PageContext {
  readonly url: string;
  readonly key: string | undefined;
  readonly site: string;
}

export function pageContext(pageUrl: string): PageContext {
  const url = cleanUrl(pageUrl) ?? pageUrl;
  let site = '';
  try {
    site = siteOf(new URL(url).hostname);
  } catch {
    // not a URL: no link will count as same-site
  }
  return { url, key: normaliseUrl(url), site };
}

// Path segments of listing pages, not stories: tags, sections, authors, search, feeds, sharing.
const LISTING_SEGMENT =
  /^(?:tag|tags|topic|topics|topik|category|categories|kategori|rubrik|label|labels|author|authors|penulis|profile|user|users|search|cari|suche|recherche|busca|feed|rss|login|signin|register|subscribe|newsletter|share|sharer|about|contact|privacy|impressum|page)$/i;
// Link texts that say "more" without naming a story.
const GENERIC_TITLE =
  /^(?:read more|more|read|selengkapnya|baca selengkapnya|lanjut|weiterlesen|mehr|lire la suite|la suite|leer mas|ver mas|leia mais|continue reading|続きを読む|もっと見る|查看更多|更多|далее|подробнее|share|tweet|next|previous|prev)$/;

function isListing(pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return true;
  const last = segments.at(-1)!;
  // A long slug or a numeric id marks a story even under a section named like a listing.
  const storyLike = (last.match(/-/g)?.length ?? 0) >= 3 || /\d{5,}/.test(last);
  return !storyLike && segments.some((segment) => LISTING_SEGMENT.test(segment));
}

/** The link's target as a same-site story URL, or undefined for anything else. */
export function storyUrl(href: string | null | undefined, page: PageContext): string | undefined {
  if (!href || href.trim().startsWith('#')) return undefined;
  const url = cleanUrl(href, page.url);
  if (!url) return undefined;
  const parsed = new URL(url);
  if (!page.site || siteOf(parsed.hostname) !== page.site) return undefined;
  if (normaliseUrl(url) === page.key) return undefined;
  if (isListing(parsed.pathname)) return undefined;
  return url;
}

/** A link's visible title: its text, else its title attribute, else an image's alt text. */
export function linkTitle(anchor: Element): string {
  let text = sanitizeLine(anchor.textContent);
  if (!text) text = sanitizeLine(anchor.getAttribute('title'));
  if (!text) text = sanitizeLine(anchor.querySelector('img[alt]')?.getAttribute('alt'));
  return text;
}

/** Whether a title names a story (not "Read more", not empty). */
export function isStoryTitle(title: string): boolean {
  const folded = fold(title);
  return folded.length >= 3 && !GENERIC_TITLE.test(folded);
}

/** Collects links in order, one per normalised URL, the first titled one winning. */
export class LinkList {
  readonly #seen = new Set<string>();
  readonly links: PageLink[] = [];

  add(url: string | undefined, title: string): void {
    if (!url || !isStoryTitle(title)) return;
    const key = normaliseUrl(url);
    if (!key || this.#seen.has(key)) return;
    this.#seen.add(key);
    this.links.push({ title, url });
  }

  has(url: string): boolean {
    const key = normaliseUrl(url);
    return key !== undefined && this.#seen.has(key);
  }
}
