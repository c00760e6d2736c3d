import { sanitizeLine } from '../sanitize.js';
import { fold } from './page-link-words.js';
import type { PageLink } from './page-links.js';
import { cleanUrl, normaliseUrl, siteOf } from './url.js';

/** What the link filters need to know about the page being read. */
export interface PageContext {
  readonly url: string;
  readonly key: string | undefined;
  readonly site: string;
  /** storyUrl results by raw href: pages repeat the same links many times. */
  readonly memo: Map<string, string | undefined>;
}

export function pageContext(pageUrl: string): PageContext {
  const url = cleanUrl(pageUrl) ?? pageUrl;
  let site = '';
  try {
    site = siteOf(new URL(url).hostname);
  } catch {
    // not a URL: no link will count as same-site
  }
  return { url, key: normaliseUrl(url), site, memo: new Map() };
}

// Path segments of listing pages, not stories: tags, sections, authors, search, feeds, sharing.
const LISTING_SEGMENT =
  /^(?:tag|tags|topic|topics|topik|category|categories|kategori|rubrik|label|labels|author|authors|penulis|profile|user|users|search|cari|suche|recherche|busca|feed|rss|login|signin|register|subscribe|newsletter|share|sharer|about|contact|privacy|impressum|page)$/i;
// Link texts that say "more" without naming a story.
const GENERIC_TITLE =
  /^(?:read more|more|read|selengkapnya|baca selengkapnya|lanjut|weiterlesen|mehr|lire la suite|la suite|leer mas|ver mas|leia mais|continue reading|続きを読む|もっと見る|查看更多|更多|далее|подробнее|share|tweet|next|previous|prev|edit|bearbeiten|modifier|modifica|editar|comments?)$/;

/**
 * Whether a path looks like one story rather than a section, topic or tag front ("/tech/",
 * "/business/amazon/", "/grace-mugabe/"): a date or numeric id, a long slug, a page file, or a
 * multi-word name below a section.
 */
function isStoryPath(pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return false;
  const last = decodeSafe(segments.at(-1)!);
  const separators = last.match(/[-_]/g)?.length ?? 0;
  // A long slug or a numeric id marks a story even under a section named like a listing.
  if (separators >= 3 || /\d{4,}/.test(pathname)) return true;
  if (segments.some((segment) => LISTING_SEGMENT.test(segment))) return false;
  if (/\.(?:s?html?|php|aspx?|cms)$/i.test(last) && last.length >= 8) return true;
  // Scripts without spaces write a title without separators: any longer name counts.
  if (/[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d\W_]/u.test(last) && last.length >= 4)
    return true;
  return segments.length >= 2 && separators >= 1 && !pathname.endsWith('/');
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The link's target as a same-site story URL, or undefined for anything else. */
export function storyUrl(href: string | null | undefined, page: PageContext): string | undefined {
  if (!href) return undefined;
  if (page.memo.has(href)) return page.memo.get(href);
  const url = resolveStoryUrl(href, page);
  page.memo.set(href, url);
  return url;
}

function resolveStoryUrl(href: string, page: PageContext): string | undefined {
  if (href.trim().startsWith('#')) return undefined;
  const url = cleanUrl(href, page.url);
  if (!url) return undefined;
  const parsed = new URL(url);
  if (!page.site || siteOf(parsed.hostname) !== page.site) return undefined;
  if (normaliseUrl(url) === page.key) return undefined;
  if (!isStoryPath(parsed.pathname)) return undefined;
  return url;
}

/** A link's visible title: its text, else its title attribute, else an image's alt text. */
export function linkTitle(anchor: Element): string {
  let text = sanitizeLine(anchor.textContent);
  if (!text) text = sanitizeLine(anchor.getAttribute('title'));
  if (!text) text = sanitizeLine(anchor.querySelector('img[alt]')?.getAttribute('alt'));
  return text;
}

const UNSPACED_SCRIPT =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * Whether a title names a story: not "Read more", and in scripts written with spaces more than one
 * word (one word is a section or tag: "Tech", "Guides").
 */
export function isStoryTitle(title: string): boolean {
  const folded = fold(title);
  if (folded.length < 3 || GENERIC_TITLE.test(folded)) return false;
  return UNSPACED_SCRIPT.test(folded) || wordCount(folded) >= 2;
}

/** Collects links in order, one per normalised URL, the first titled one winning. */
export class LinkList {
  readonly #seen = new Map<string, number>();
  readonly links: PageLink[] = [];

  add(url: string | undefined, title: string): void {
    if (!url || !isStoryTitle(title)) return;
    const key = normaliseUrl(url);
    if (!key) return;
    const at = this.#seen.get(key);
    if (at === undefined) {
      this.#seen.set(key, this.links.length);
      this.links.push({ title, url });
    } else if (wordCount(this.links[at]!.title) <= 2 && wordCount(title) > wordCount(this.links[at]!.title)) {
      // A kicker or caption ("News Cloud", "Gallery") gives way to the story's headline further on.
      this.links[at] = { title, url: this.links[at]!.url };
    }
  }

  has(url: string): boolean {
    const key = normaliseUrl(url);
    return key !== undefined && this.#seen.has(key);
  }
}

function wordCount(title: string): number {
  return title.split(/\s+/).filter(Boolean).length;
}
