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
const HEADING_LIKE = new Set(
  'H1 H2 H3 H4 H5 H6 DIV SPAN P STRONG B HEADER FIGCAPTION SUMMARY LEGEND DT LABEL'.split(' '),
);
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

/** Characters of text outside links (white space runs counted once), in one walk of the subtree. */
export function proseLength(element: Element): number {
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) length += (child.nodeValue ?? '').replace(/\s+/g, ' ').length;
      else if (child.nodeType === 1 && (child as Element).tagName !== 'A') walk(child);
    }
  };
  walk(element);
  return length;
}

/** Scores each paragraph's parent (and half to the grandparent) by its text, as Readability does. */
export function pageShape(document: Document, all: readonly Element[], page: PageContext): PageShape {
  const scores = new Map<Element, number>();
  for (const paragraph of all) {
    if (paragraph.tagName !== 'P') continue;
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

// Cheap first look at raw attributes: only those holding one of these fragments are folded and matched.
const MARK_HINT =
  /relat|terkait|baca|also|auch|thema|aussi|tambi|interes|relacion|correlat|leggi|gerelateerd|more.?on/i;

function hasStoryLink(element: Element, page: PageContext, outside?: Element): boolean {
  const anchors = element.tagName === 'A' ? [element] : Array.from(element.querySelectorAll('a[href]'));
  return anchors.some((a) => !outside?.contains(a) && storyUrl(a.getAttribute('href'), page));
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
  // Cheapest tests first: most rejected candidates are big wrappers.
  if (shape.bodyRoot && element.contains(shape.bodyRoot)) return false;
  if (element.querySelectorAll('a[href]').length > MAX_LINKS) return false;
  if (isOtherAttribute(attributesOf(element)) || insideOtherWidget(element)) return false;
  if (element.querySelector(NAVIGATION)) return false;
  if (proseLength(element) > Math.max(400, shape.prose * 0.6)) return false;
  for (const heading of Array.from(element.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (isOtherHeading(heading.textContent ?? '')) return false;
  }
  return hasStoryLink(element, shape.page);
}

/** Elements whose class, id, aria label or data attributes name them related ("related", "baca-juga"). */
export function findMarkedBoxes(all: readonly Element[], shape: PageShape): Element[] {
  const boxes: Element[] = [];
  for (const element of all) {
    const raw = ATTRIBUTES.map((name) => element.getAttribute(name) ?? '').join(' ');
    if (raw.length < 4 || !MARK_HINT.test(raw) || !isRelatedAttribute(fold(raw))) continue;
    if (acceptBox(element, shape)) boxes.push(element);
  }
  return boxes;
}

// A heading holds a few words in at most a few elements; reading the text of big wrappers is what costs.
function headingText(element: Element): string | undefined {
  if (element.childElementCount > 3) return undefined;
  const text = boundedText(element, 80)?.trim();
  return text && text.length <= 60 ? text : undefined;
}

// The element's text, or undefined as soon as it is longer than `limit`.
function boundedText(element: Element, limit: number): string | undefined {
  let text = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !walk(child)) return false;
      if (text.length > limit) return false;
    }
    return true;
  };
  return walk(element) ? text : undefined;
}

function isSectionBreak(element: Element, page: PageContext): boolean {
  if (/^H[1-6]$/.test(element.tagName)) return true;
  const text = headingText(element);
  if (!text || !(isRelatedHeading(text) || isOtherHeading(text))) return false;
  return !element.closest('a') && !hasStoryLink(element, page);
}

// From a heading, the smallest ancestor holding story links; if that ancestor also holds other things,
// the heading plus the link lists that follow it up to the next heading.
function boxesUnder(heading: Element, shape: PageShape): Element[] {
  let current = heading;
  for (let depth = 0; depth < 6; depth++) {
    const parent = current.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') return [];
    if (hasStoryLink(parent, shape.page, heading)) {
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
export function findHeadedBoxes(all: readonly Element[], shape: PageShape): Element[] {
  const boxes: Element[] = [];
  for (const element of all) {
    if (!HEADING_LIKE.has(element.tagName)) continue;
    const text = headingText(element);
    if (!text || !isRelatedHeading(text) || element.closest('a') || hasStoryLink(element, shape.page))
      continue;
    boxes.push(...boxesUnder(element, shape));
  }
  return boxes;
}
