/** Plain text out of the HTML and entity soup that feeds put in titles and summaries. */
import { decodeHTMLStrict } from 'entities';
import { sanitizeLine, sanitizeText } from '../sanitize.js';

/** Decodes HTML character references (`&amp;`, `&eacute;`, `&#8217;`, `&#x2019;`); `&copy=2` without `;` stays. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

// Elements whose content is never text a reader wants.
const INVISIBLE = /<(script|style|noscript|template|head|title)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
// Closing or opening a block element ends a line of text.
const BLOCK =
  /<\/?(?:p|div|br|hr|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|section|article|header|footer|aside|nav|table|thead|tbody|tr|td|th|figure|figcaption|address)\b[^>]*>/gi;
// A tag: `<` followed by a letter, `/` or `!`; a lone `<` as in "a < b" stays text.
const TAG = /<[/!]?[a-zA-Z][^>]*>/g;

/**
 * The readable text of an HTML fragment: scripts, styles and comments dropped, block elements turned into
 * line breaks, other tags removed, entities decoded, spaces collapsed (at most one blank line in a row),
 * and passed through sanitizeText.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(CDATA, '$1')
    .replace(COMMENT, '')
    .replace(INVISIBLE, '')
    .replace(BLOCK, '\n')
    .replace(TAG, '');
  return sanitizeText(decodeEntities(text))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A single line of plain text (a title, an author) from text that may hold markup or entities. */
export function htmlToLine(html: string): string {
  return sanitizeLine(htmlToText(html));
}

/** The first `max` characters of `text` (one line), cut at a word boundary and marked with an ellipsis. */
export function truncateWords(text: string, max: number): string {
  const line = sanitizeLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
