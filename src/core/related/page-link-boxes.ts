import { type PageContext, storyUrl } from './page-link-filter.js';
import {
  fold,
  isOtherAttribute,
  isOtherHeading,
  isOtherWidgetAttribute,
  isRelatedAttribute,
  isRelatedHeading,
} from './page-link-words.js';

/** Where the article's own prose sits, so that no box holding it is ever taken for a related box. */
export interface PageShape {
  readonly page: PageContext;
  /** The element with the most paragraph text (the article body), when there is one. */
  readonly bodyRoot: Element | undefined;
  /** Characters of text outside links in the whole page. */
  readonly prose: number;
}

const NAVIGATION = 'nav, menu, [role="navigation"], [role="banner"], [role="menubar"]';
const HEADING_LIKE =
  'h1, h2, h3, h4, h5, h6, div, span, p, strong, b, header, figcaption, summary, legend, dt, label';
const ATTRIBUTES = [
  'class',
  'id',
  'aria-label',
  'data-component',
  'data-module',
  'data-testid',
  'data-section',
];
// Past this many links a box is a menu or a site map, not a list of stories about this one.
const MAX_LINKS = 60;

export function proseLength(element: Element): number {
  let linkText = 0;
  for (const anchor of Array.from(element.querySelectorAll('a')))
    linkText += (anchor.textContent ?? '').length;
  return Math.max(0, (element.textContent ?? '').replace(/\s+/g, ' ').length - linkText);
}

/** Scores each paragraph's parent (and half to the grandparent) by its text, as Readability does. */
export function pageShape(document: Document, page: PageContext): PageShape {
  const scores = new Map<Element, number>();
  for (const paragraph of Array.from(document.querySelectorAll('p'))) {
    const length = proseLength(paragraph);
    if (length < 60) continue;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let bodyRoot: Element | undefined;
  let best = 0;
  for (const [element, score] of scores) {
    if (score > best) [bodyRoot, best] = [element, score];
  }
  const root = document.body ?? document.documentElement;
  return { page, bodyRoot, prose: root ? proseLength(root) : 0 };
}

function attributesOf(element: Element): string {
  return fold(ATTRIBUTES.map((name) => element.getAttribute(name) ?? '').join(' '));
}

function storyLinkCount(element: Element, page: PageContext, outside?: Element): number {
  const anchors = element.tagName === 'A' ? [element] : Array.from(element.querySelectorAll('a[href]'));
  return anchors.filter((a) => !outside?.contains(a) && storyUrl(a.getAttribute('href'), page)).length;
}

function insideOtherWidget(element: Element): boolean {
  if (element.closest(NAVIGATION)) return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node !== element && node.tagName !== 'BODY' && isOtherWidgetAttribute(attributesOf(node)))
      return true;
  }
  return false;
}

/** Whether an element can be returned as a related box: holds stories, not the article, not a menu. */
export function acceptBox(element: Element, shape: PageShape): boolean {
  if (shape.bodyRoot && element.contains(shape.bodyRoot)) return false;
  if (isOtherAttribute(attributesOf(element)) || insideOtherWidget(element)) return false;
  if (element.querySelector(NAVIGATION)) return false;
  if (element.querySelectorAll('a[href]').length > MAX_LINKS) return false;
  if (proseLength(element) > Math.max(400, shape.prose * 0.6)) return false;
  for (const heading of Array.from(element.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (isOtherHeading(heading.textContent ?? '')) return false;
  }
  return storyLinkCount(element, shape.page) > 0;
}

/** Elements whose class, id, aria label or data attributes name them related ("related", "baca-juga"). */
export function findMarkedBoxes(document: Document, shape: PageShape): Element[] {
  const boxes: Element[] = [];
  for (const element of Array.from(
    document.querySelectorAll('[class], [id], [aria-label], [data-component]'),
  )) {
    if (!isRelatedAttribute(attributesOf(element))) continue;
    if (acceptBox(element, shape)) boxes.push(element);
  }
  return boxes;
}

function isHeadingText(element: Element): boolean {
  const text = (element.textContent ?? '').trim();
  return text.length > 0 && text.length <= 60 && !element.closest('a');
}

function isSectionBreak(element: Element, page: PageContext): boolean {
  if (/^H[1-6]$/.test(element.tagName)) return true;
  if (!isHeadingText(element) || storyLinkCount(element, page) > 0) return false;
  return isRelatedHeading(element.textContent ?? '') || isOtherHeading(element.textContent ?? '');
}

// From a heading, the smallest ancestor holding story links; if that ancestor also holds other things,
// the heading plus the link lists that follow it up to the next heading.
function boxesUnder(heading: Element, shape: PageShape): Element[] {
  let current = heading;
  for (let depth = 0; depth < 6; depth++) {
    const parent = current.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') return [];
    if (storyLinkCount(parent, shape.page, heading) > 0) {
      if (acceptBox(parent, shape)) return [parent];
      return followingLists(current, shape);
    }
    current = parent;
  }
  return [];
}

function followingLists(start: Element, shape: PageShape): Element[] {
  const boxes: Element[] = [];
  let sibling = start.nextElementSibling;
  for (let count = 0; sibling && count < 4; count++, sibling = sibling.nextElementSibling) {
    if (isSectionBreak(sibling, shape.page)) break;
    if (acceptBox(sibling, shape)) boxes.push(sibling);
    else if (proseLength(sibling) > 120) break;
  }
  return boxes.length > 0 ? [start, ...boxes] : [];
}

/** Boxes introduced by a heading such as "Berita Terkait", "Mehr zum Thema" or "関連記事". */
export function findHeadedBoxes(document: Document, shape: PageShape): Element[] {
  const boxes: Element[] = [];
  for (const element of Array.from(document.querySelectorAll(HEADING_LIKE))) {
    if (!isHeadingText(element) || !isRelatedHeading(element.textContent ?? '')) continue;
    if (storyLinkCount(element, shape.page) > 0) continue;
    boxes.push(...boxesUnder(element, shape));
  }
  return boxes;
}
