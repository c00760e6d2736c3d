import {
  BYLINE_LINE,
  CAPTION_TOKEN,
  CONTENT_TOKEN,
  CREDIT_LINE,
  DATE_LINE,
  FURNITURE_CLASS,
  FURNITURE_TEXT,
  FURNITURE_TOKEN,
  PROMO_CONTEXT,
  PROMO_TEXT,
  RELATED_LABEL,
} from './patterns.js';

const KEEP_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const BLOCKISH =
  'p, div, section, article, ul, ol, li, table, blockquote, pre, h1, h2, h3, h4, h5, h6, figure, header, footer, aside, dl';

/** Whether `el` is still inside `root` (the article body is a detached tree, so `isConnected` cannot tell). */
function within(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (node === root) return true;
  return false;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isFurniture(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!names.trim()) return false;
  if (FURNITURE_CLASS.test(names)) return true;
  const tokens = classTokens(names);
  // Embedded posts and quotes are story content even inside a "social" wrapper.
  if (tokens.some((token) => CONTENT_TOKEN.test(token))) return false;
  return tokens.some((token) => FURNITURE_TOKEN.test(token));
}

/** class/id words: split at spaces, dashes, underscores and camelCase humps (`newsCaption` → news, caption). */
function classTokens(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function isCaption(el: Element): boolean {
  if (el.tagName === 'FIGCAPTION') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return classTokens(names).some((token) => CAPTION_TOKEN.test(token));
}

/**
 * Embedded posts (a tweet's `<blockquote>`) are quoted story content, but their wrappers are often
 * named "social-…", which Readability drops as unlikely, and their links make them look like link
 * lists. The links become plain text and the wrappers that hold nothing but the embed lose their
 * class and id, so the quote survives.
 */
function keepEmbeds(body: Element): void {
  for (const quote of body.getElementsByTagName('blockquote')) {
    const tokens = classTokens(quote.getAttribute('class') ?? '');
    if (!tokens.some((token) => CONTENT_TOKEN.test(token))) continue;
    // Their links (t.co short links, the post's date) would make Readability judge them link lists.
    for (const a of Array.from(quote.getElementsByTagName('a'))) a.replaceWith(...Array.from(a.childNodes));
    const size = textOf(quote).length;
    for (let el: Element | null = quote.parentElement; el && el !== body; el = el.parentElement) {
      if (textOf(el).length > size * 1.2 + 20) break;
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
  }
}

/** Whether an element holds several long paragraphs (story text, whatever its class says). */
function holdsStory(el: Element): boolean {
  let long = 0;
  for (const p of el.getElementsByTagName('p')) {
    if ((p.textContent ?? '').length > 150 && ++long >= 4) return true;
  }
  return false;
}

/**
 * Removes boilerplate the page itself marks (share bars, newsletter and cookie boxes, related and
 * promo blocks, ads, breadcrumbs) before Readability scores the page. An element holding a large
 * part of the page's text is kept whatever its class says (a `related` class on a wrapper of the story).
 */
export function removeBoilerplate(document: Document): void {
  const body = document.body;
  if (!body) return;
  keepEmbeds(body);
  const total = textOf(body).length || 1;
  for (const el of body.querySelectorAll('[class], [id]')) {
    if (KEEP_TAGS.has(el.tagName) || !el.isConnected || !isFurniture(el)) continue;
    if (textOf(el).length > total * 0.25 || holdsStory(el)) continue;
    el.remove();
  }
}

/** Short lines that are page furniture by their wording: labels, dates, credits, promos, bare URLs. */
function isFurnitureText(text: string): boolean {
  if (text.length > 250) return false;
  if (PROMO_TEXT.test(text) && PROMO_CONTEXT.test(text)) return true;
  if (text.length > 200) return false;
  if (FURNITURE_TEXT.test(text) || DATE_LINE.test(text) || /^https?:\/\/\S+$/.test(text)) return true;
  return text.split(' ').length <= 10 && !/[.!?]["”’]?$/.test(text) && CREDIT_LINE.test(text);
}

function linkDensity(el: Element, text: string): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return linked / text.length;
}

function hasBlockChild(el: Element): boolean {
  return el.querySelector(BLOCKISH) !== null;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Removes `label` (a "Related"/"Read also" heading) and the link-heavy siblings that follow it. */
function removeRelatedRun(label: Element): void {
  let next = label.nextElementSibling;
  label.remove();
  while (next) {
    const text = textOf(next);
    const isLinks = text === '' || linkDensity(next, text) > 0.6;
    if (!isLinks) break;
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
}

/** A link list that is navigation (short items: breadcrumbs, menus) or a story list at the very start or end of the body. */
function isNavList(list: Element, text: string, content: Element): boolean {
  const items = list.children.length || 1;
  if (items >= 3 && text.length / items <= 30) return true;
  const edge = (el: Element | null, end: 'first' | 'last'): boolean => {
    for (let node = el; node && node !== content; node = node.parentElement) {
      const sibling = end === 'first' ? node.previousElementSibling : node.nextElementSibling;
      if (sibling && textOf(sibling) !== '') return false;
    }
    return true;
  };
  return edge(list, 'first') || edge(list, 'last');
}

function isUppercase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Whether a paragraph is nothing but one link to another page of the same site, set apart as a promo. */
function isInlinePromo(el: Element, text: string, host: string): boolean {
  const links = el.querySelectorAll('a');
  if (links.length !== 1) return false;
  const a = links[0]!;
  if (textOf(a).length < text.length * 0.9) return false;
  let linkHost = '';
  try {
    linkHost = new URL(a.getAttribute('href') ?? '', `https://${host}/`).host;
  } catch {
    return false;
  }
  if (linkHost !== host) return false;
  const emphasised = a.closest('strong, b') !== null || a.querySelector('strong, b') !== null;
  return text.split(' ').length >= 4 && (isUppercase(text) || emphasised);
}

/**
 * Whether a block at the top of the story is only a short link to a section the article sits in
 * (a kicker such as "Harbor" linking to /news/harbor/, above the headline): page furniture, not text.
 */
function isSectionKicker(el: Element, text: string, pageUrl: string): boolean {
  if (text.length > 30 || text.split(/\s+/).length > 3) return false;
  const links = el.querySelectorAll('a');
  if (links.length !== 1 || textOf(links[0]!).length < text.length * 0.9) return false;
  try {
    const page = new URL(pageUrl);
    const link = new URL(links[0]!.getAttribute('href') ?? '', page);
    const section = link.pathname.endsWith('/') ? link.pathname : `${link.pathname}/`;
    return (
      link.host === page.host &&
      section.length > 1 &&
      page.pathname.startsWith(section) &&
      page.pathname !== link.pathname
    );
  } catch {
    return false;
  }
}

/**
 * Cleans what Readability leaves in the article body: captions and credits, share/copy-URL text,
 * date and byline lines, "Related"/"Read also" labels with their links, link-only lists
 * (breadcrumbs, story lists), section kickers, inline promo links and a repeated title.
 */
export function cleanContent(content: Element, title: string, pageUrl: string): void {
  let host = '';
  try {
    host = new URL(pageUrl).host;
  } catch {}
  for (const el of content.querySelectorAll('figcaption, [class], [id]')) {
    if (!within(el, content)) continue;
    if (isCaption(el) || isFurniture(el)) {
      if (textOf(el).length < 400) el.remove();
    }
  }
  const wantedTitle = normalise(title);
  let position = 0;
  for (const el of content.querySelectorAll(
    'p, li, h1, h2, h3, h4, h5, h6, div, span, dt, dd, ul, ol, time',
  )) {
    if (!within(el, content)) continue;
    const tag = el.tagName;
    const text = textOf(el);
    if (tag === 'UL' || tag === 'OL') {
      if (text && linkDensity(el, text) > 0.7 && isNavList(el, text, content)) el.remove();
      continue;
    }
    if (hasBlockChild(el)) continue;
    if (!text) continue;
    position++;
    if (isFurnitureText(text)) {
      el.remove();
      continue;
    }
    if (text.length <= 80 && RELATED_LABEL.test(text)) {
      const rest = text.replace(RELATED_LABEL, '');
      if (rest.replace(/\W/g, '') === '') removeRelatedRun(el);
      else if (linkDensity(el, text) > 0.4) removeRelatedRun(el);
      continue;
    }
    if (
      position <= 6 &&
      text.length <= 100 &&
      BYLINE_LINE.test(text.replace(/^\S+/, (word) => word.toLowerCase()))
    ) {
      el.remove();
      continue;
    }
    if (position <= 2 && isSectionKicker(el, text, pageUrl)) {
      el.remove();
      continue;
    }
    const isHeading = /^H[1-6]$/.test(tag);
    const sameAsTitle = normalise(text) === wantedTitle;
    if (
      wantedTitle &&
      ((position <= 4 && normalise(text).endsWith(wantedTitle)) || (isHeading && sameAsTitle))
    ) {
      el.remove();
      continue;
    }
    if (tag === 'P' && isInlinePromo(el, text, host)) el.remove();
  }
}
