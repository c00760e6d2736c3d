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

// Text of the nodes before the first link; undefined when a link is not among the first few nodes.
function textBeforeFirstLink(element: Element): string | undefined {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 1) {
      const child = node as Element;
      if (child.tagName === 'A' || child.querySelector('a[href]')) {
        return child.tagName === 'A' ? text : `${text}${textBeforeFirstLink(child) ?? '\u0000'}`;
      }
    }
    text += node.textContent ?? '';
    if (text.length > 60) return undefined;
  }
  return undefined;
}

function proseOutsideLinks(element: Element): number {
  let linkText = 0;
  for (const anchor of Array.from(element.querySelectorAll('a')))
    linkText += (anchor.textContent ?? '').length;
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length - linkText;
}

/**
 * Paragraph-like elements whose text starts with a related label followed by links ("Read also:",
 * "Baca juga -", "Lesen Sie auch:"), or whose only link starts with such a label.
 */
export function findInlineRelated(document: Document, page: PageContext): InlineRelated[] {
  const found: InlineRelated[] = [];
  const candidates = document.querySelectorAll('p, li, blockquote, div, span, strong, b, h4, h5, h6');
  for (const element of Array.from(candidates)) {
    const anchors = Array.from(element.querySelectorAll('a[href]'));
    if (anchors.length === 0 || anchors.length > 6) continue;
    const full = (element.textContent ?? '').trim();
    if (full.length > 400) continue;
    const links: { url: string; title: string }[] = [];
    const before = textBeforeFirstLink(element);
    if (before?.trim() && isInlineLabel(before.replace(LABEL_TAIL, ''))) {
      for (const anchor of anchors) {
        const url = storyUrl(anchor.getAttribute('href'), page);
        if (url) links.push({ url, title: linkTitle(anchor) });
      }
      // The label and the links fill the element: remove it whole. Otherwise only the links go.
      const rest = proseOutsideLinks(element) - before.trim().length;
      found.push({ element, containers: rest <= 20 ? [element] : anchors, links });
      continue;
    }
    if (anchors.length === 1 && full === (anchors[0]!.textContent ?? '').trim()) {
      const split = LABEL_SPLIT.exec(sanitizeLine(full));
      if (split && isInlineLabel(split[1]!)) {
        const url = storyUrl(anchors[0]!.getAttribute('href'), page);
        if (url)
          found.push({ element, containers: [element], links: [{ url, title: sanitizeLine(split[2]) }] });
      }
    }
  }
  // Keep the innermost element of each nest (a <p> rather than the <div> around it).
  return found.filter(
    (item) => !found.some((other) => other !== item && item.element.contains(other.element)),
  );
}
