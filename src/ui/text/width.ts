import stringWidth from 'string-width';
import { isSimpleText, simpleCharWidth, simpleWidth } from './cells.js';

const ASCII = /^[\u0020-\u007e]*$/;

/**
 * Display width of a string. ASCII, and any text of characters that are each a grapheme of their own
 * (cells.ts), is measured without string-width's grapheme segmenter (the hot path in lists).
 */
export function widthOf(text: string): number {
  if (ASCII.test(text)) return text.length;
  return isSimpleText(text) ? simpleWidth(text) : stringWidth(text);
}

let segmenter: Intl.Segmenter | undefined;

/** Cuts `text` to at most `width` columns, ending with "…" when it was cut. Never splits a grapheme. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  // Printable ASCII: one column per character, no graphemes to keep whole.
  if (ASCII.test(text)) return `${text.slice(0, width - 1)}…`;
  if (isSimpleText(text)) {
    let used = 0;
    let end = 0;
    for (; end < text.length; end++) {
      const w = simpleCharWidth(text.charCodeAt(end));
      if (used + w > width - 1) break;
      used += w;
    }
    return `${text.slice(0, end)}…`;
  }
  let out = '';
  let used = 0;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) {
    const w = widthOf(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** `text` cut or padded with spaces to exactly `width` columns. */
export function fitWidth(text: string, width: number): string {
  const cut = truncate(text, width);
  const w = widthOf(cut);
  return w < width ? cut + ' '.repeat(width - w) : cut;
}

/** Right-aligns `text` in `width` columns. */
export function fitRight(text: string, width: number): string {
  const cut = truncate(text, width);
  const w = widthOf(cut);
  return w < width ? ' '.repeat(width - w) + cut : cut;
}
