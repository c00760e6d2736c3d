import { wrapLine } from '../../core/article/wrap.js';

/**
 * Wraps plain text to lines of at most `width` display columns (the article renderer's line breaking:
 * spaces, between CJK characters, inside over-long words), keeping paragraph breaks: one empty line
 * between paragraphs, never two in a row.
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
    out.push(...wrapLine(para.replace(/\s+/g, ' '), w));
  }
  while (out.at(-1) === '') out.pop();
  return out;
}
