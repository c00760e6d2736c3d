import stringWidth from 'string-width';

/** Display width of a string; ASCII is measured without calling string-width (the hot path in lists). */
export function widthOf(text: string): number {
  return /^[\u0020-\u007e]*$/.test(text) ? text.length : stringWidth(text);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts `text` to at most `width` columns, ending with "…" when it was cut. Never splits a grapheme. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  // Printable ASCII: one column per character, no graphemes to keep whole.
  if (/^[\u0020-\u007e]*$/.test(text)) return `${text.slice(0, width - 1)}…`;
  let out = '';
  let used = 0;
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
