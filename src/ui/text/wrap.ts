import { widthOf } from './width.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits a word wider than `width` into pieces of at most `width` columns. */
function splitLong(word: string, width: number): string[] {
  const pieces: string[] = [];
  let cur = '';
  let used = 0;
  for (const { segment } of graphemes.segment(word)) {
    const w = widthOf(segment);
    if (used + w > width && cur) {
      pieces.push(cur);
      cur = '';
      used = 0;
    }
    cur += segment;
    used += w;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** Wraps one paragraph (no newlines) to `width` columns by display width. */
function wrapParagraph(paragraph: string, width: number): string[] {
  // CJK text has no spaces: break between any wide characters as well as at spaces.
  const tokens =
    paragraph.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) {
        line += ' ';
        used += 1;
      }
      continue;
    }
    const w = widthOf(token);
    if (used + w <= width) {
      line += token;
      used += w;
      continue;
    }
    if (line.trimEnd()) lines.push(line.trimEnd());
    line = '';
    used = 0;
    if (w <= width) {
      line = token;
      used = w;
    } else {
      const pieces = splitLong(token, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
      used = widthOf(line);
    }
  }
  if (line.trimEnd()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Wraps plain text to lines of at most `width` display columns (string-width), keeping paragraph
 * breaks: one empty line between paragraphs, never two in a row.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const para = raw.trim();
    if (!para) {
      if (out.length > 0 && out.at(-1) !== '') out.push('');
      continue;
    }
    out.push(...wrapParagraph(para, w));
  }
  while (out.at(-1) === '') out.pop();
  return out;
}
