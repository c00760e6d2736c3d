import { sanitizeLine } from '../sanitize.js';
import { linkTitle, type PageContext, storyUrl } from './page-link-filter.js';
import { isInlineLabel } from './page-link-words.js';

const LABEL_TAIL = /[\s:：\-–—»›>|]+$/u;
const LABEL_SPLIT = /^(.{2,40}?)[\s]*[:：\-–—»›|]+\s*(.+)$/su;

/** An inline "Baca juga: <link>" found in the body: the element to remove and the links it holds. */
export interface InlineRelated {
  readonly element: Element;
  readonly containers: readonly Element[];
  readonly links: readonly { readonly url: string; readonly title: string }[];
}

// Inline wrappers a label and its link may sit in, inside the paragraph-like block that holds them.
const INLINE = new Set(['STRONG', 'B', 'EM', 'I', 'U', 'SPAN', 'FONT', 'MARK', 'SMALL']);
const BLOCK = new Set([
  'P',
  'LI',
  'DIV',
  'BLOCKQUOTE',
  'H3',
  'H4',
  'H5',
  'H6',
  'DD',
  'SECTION',
  'ASIDE',
  'FIGCAPTION',
]);

// The text of the block before `anchor`, or undefined once it is longer than a label can be.
function textBefore(block: Element, anchor: Element): string | undefined {
  let text = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child === anchor) return true;
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        if ((child as Element).tagName === 'A') return true;
        if (walk(child)) return true;
      }
      if (text.length > 60) return true;
    }
    return false;
  };
  walk(block);
  return text.length > 60 ? undefined : text;
}

function proseOutsideLinks(element: Element): number {
  let linkText = 0;
  for (const anchor of Array.from(element.querySelectorAll('a')))
    linkText += (anchor.textContent ?? '').length;
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length - linkText;
}

function blockOf(anchor: Element): Element | undefined {
  let block = anchor.parentElement;
  while (block && INLINE.has(block.tagName)) block = block.parentElement;
  return block && BLOCK.has(block.tagName) ? block : undefined;
}

// Cheap test before the full one: a label before the block's first link, or inside it.
function mayBeInline(block: Element, anchor: Element): boolean {
  const before = textBefore(block, anchor);
  if (before === undefined) return false;
  if (before.trim()) return isInlineLabel(before.replace(LABEL_TAIL, ''));
  const split = LABEL_SPLIT.exec(sanitizeLine((anchor.textContent ?? '').slice(0, 80)));
  return split !== null && isInlineLabel(split[1]!);
}

function inlineAt(block: Element, page: PageContext): InlineRelated | undefined {
  const anchors = Array.from(block.querySelectorAll('a[href]'));
  if (anchors.length === 0 || anchors.length > 6) return undefined;
  const full = (block.textContent ?? '').trim();
  if (full.length > 400) return undefined;
  const before = textBefore(block, anchors[0]!);
  if (before?.trim() && isInlineLabel(before.replace(LABEL_TAIL, ''))) {
    const links: { url: string; title: string }[] = [];
    for (const anchor of anchors) {
      const url = storyUrl(anchor.getAttribute('href'), page);
      if (url) links.push({ url, title: linkTitle(anchor) });
    }
    // The label and the links fill the block: remove it whole. Otherwise only the links go.
    const rest = proseOutsideLinks(block) - before.trim().length;
    return { element: block, containers: rest <= 20 ? [block] : anchors, links };
  }
  if (anchors.length === 1 && full === (anchors[0]!.textContent ?? '').trim()) {
    const split = LABEL_SPLIT.exec(sanitizeLine(full));
    if (split && isInlineLabel(split[1]!)) {
      const url = storyUrl(anchors[0]!.getAttribute('href'), page);
      if (url)
        return { element: block, containers: [block], links: [{ url, title: sanitizeLine(split[2]) }] };
    }
  }
  return undefined;
}

/**
 * Paragraph-like blocks whose text starts with a related label followed by links ("Read also:",
 * "Baca juga -", "Lesen Sie auch:"), or whose only link starts with such a label. Found from the
 * page's links, so the cost follows the number of links, not of elements.
 */
export function findInlineRelated(all: readonly Element[], page: PageContext): InlineRelated[] {
  const found: InlineRelated[] = [];
  const tried = new Set<Element>();
  for (const anchor of all) {
    if (anchor.tagName !== 'A' || !anchor.hasAttribute('href')) continue;
    const block = blockOf(anchor);
    if (!block || tried.has(block)) continue;
    tried.add(block);
    if (!mayBeInline(block, anchor)) continue;
    const inline = inlineAt(block, page);
    if (inline) found.push(inline);
  }
  // Keep the innermost block of each nest (a <p> rather than the <div> around it).
  return found.filter(
    (item) => !found.some((other) => other !== item && item.element.contains(other.element)),
  );
}
