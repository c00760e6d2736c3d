import { sanitizeLine, sanitizeText } from '../sanitize.js';

/** What a page says about itself, from JSON-LD, Open Graph / meta tags, `<time>` and `<html lang>`. */
export interface PageMetadata {
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly published?: string;
  readonly lang?: string;
  /** JSON-LD `articleBody`, when the page embeds one (a fallback for too-short extractions). */
  readonly articleBody?: string;
}

const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report|WebPage|Posting|Review/i;

type Json = Record<string, unknown>;

function asObjects(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const v of value) asObjects(v, out);
  else if (value && typeof value === 'object') {
    const obj = value as Json;
    out.push(obj);
    if (obj['@graph']) asObjects(obj['@graph'], out);
  }
  return out;
}

function typeOf(obj: Json): string {
  const t = obj['@type'];
  return Array.isArray(t) ? t.join(' ') : String(t ?? '');
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Json).name : undefined))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '' && !/^https?:/.test(v.trim()));
  const joined = sanitizeLine([...new Set(list.map((s) => sanitizeLine(s)))].join(', '));
  return joined || undefined;
}

function str(value: unknown): string | undefined {
  const s = typeof value === 'string' ? sanitizeLine(value) : '';
  return s || undefined;
}

function jsonLd(document: Document): Json | undefined {
  let best: Json | undefined;
  for (const script of document.getElementsByTagName('script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').trim());
    } catch {
      continue;
    }
    for (const obj of asObjects(data)) {
      const type = typeOf(obj);
      if (!ARTICLE_TYPE.test(type)) continue;
      const rank = /WebPage/i.test(type) ? 1 : 2;
      if (!best || rank > (/WebPage/i.test(typeOf(best)) ? 1 : 2)) best = obj;
    }
  }
  return best;
}

type MetaTags = ReadonlyMap<string, string>;

/** All `<meta>` name/property/itemprop/http-equiv → content pairs (first wins), keys lower-cased. */
function metaTags(document: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const el of document.getElementsByTagName('meta')) {
    const content = el.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = str(tags.get(key.toLowerCase()));
    if (value) return value;
  }
  return undefined;
}

/** An ISO string when the date parses, else undefined. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function language(document: Document, tags: MetaTags): string | undefined {
  const raw =
    document.documentElement?.getAttribute('lang') || meta(tags, 'content-language', 'og:locale', 'language');
  const lang = sanitizeLine(raw ?? '').replace('_', '-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(lang) ? lang : undefined;
}

/** Reads the page's own metadata. Call before Readability, which removes scripts. */
export function readMetadata(document: Document): PageMetadata {
  const ld = jsonLd(document);
  const tags = metaTags(document);
  let time: string | undefined;
  for (const el of document.getElementsByTagName('time')) {
    time = el.getAttribute('datetime') ?? undefined;
    if (time) break;
  }
  const published =
    isoDate(str(ld?.datePublished)) ??
    isoDate(
      meta(tags, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued'),
    ) ??
    isoDate(time);
  const publisher = ld?.publisher;
  const body = typeof ld?.articleBody === 'string' ? sanitizeText(ld.articleBody).trim() : '';
  return {
    title: str(ld?.headline) ?? meta(tags, 'og:title', 'twitter:title') ?? str(document.title),
    byline: names(ld?.author) ?? meta(tags, 'author', 'article:author', 'byl', 'dc.creator'),
    siteName: meta(tags, 'og:site_name', 'application-name') ?? names(publisher),
    published,
    lang: language(document, tags),
    articleBody: body || undefined,
  };
}
