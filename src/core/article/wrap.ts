import stringWidth from 'string-width';

// Chinese and Japanese are written without spaces between words: a line may break between any two of
// their characters (a closing mark stays with the character before it). Korean uses spaces, so it wraps at them.
const TOKEN =
  /\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef][\u3000-\u303f\uff00-\uffef]?|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]+/gu;
const ASCII = /^[\x20-\x7e]*$/;
// Made on first use: the first Intl.Segmenter of a process loads ICU's break data (~15 ms), which the
// reader's first frame does not need.
let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}

/** Columns a string takes in a terminal (wide CJK and emoji count two). */
export function displayWidth(text: string): number {
  return ASCII.test(text) ? text.length : stringWidth(text);
}

/** Cuts `text` to at most `width` columns, ending with `marker` when something was cut. */
export function cutToWidth(text: string, width: number, marker = '…'): string {
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(marker);
  let out = '';
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = displayWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return room < 0 ? marker.slice(0, Math.max(0, width)) : out + marker;
}

/** Splits a word wider than `width` into pieces that fit. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const { segment } of graphemes(word)) {
    const w = displayWidth(segment);
    if (used + w > width && piece) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += segment;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps one paragraph (no newlines) to `width` display columns. Breaks at spaces, between CJK
 * characters, and inside words longer than a line. Lines carry no trailing space.
 */
export function wrapLine(text: string, width: number): string[] {
  const w = Math.max(1, width);
  if (displayWidth(text) <= w) return [text.trimEnd()];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let pendingSpace = false;
  const pushLine = (): void => {
    lines.push(line.trimEnd());
    line = '';
    used = 0;
  };
  for (const token of text.match(TOKEN) ?? []) {
    if (/^\s/.test(token)) {
      pendingSpace = used > 0;
      continue;
    }
    const tw = displayWidth(token);
    const space = pendingSpace ? 1 : 0;
    pendingSpace = false;
    if (used + space + tw <= w) {
      line += (space ? ' ' : '') + token;
      used += space + tw;
      continue;
    }
    if (used > 0) pushLine();
    if (tw <= w) {
      line = token;
      used = tw;
      continue;
    }
    const pieces = breakWord(token, w);
    for (const piece of pieces.slice(0, -1)) lines.push(piece);
    line = pieces[pieces.length - 1] ?? '';
    used = displayWidth(line);
  }
  if (line || lines.length === 0) pushLine();
  return lines;
}

/** Wraps text that may hold hard line breaks. */
export function wrapText(text: string, width: number): string[] {
  return text.split('\n').flatMap((part) => wrapLine(part, width));
}
