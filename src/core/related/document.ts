import { sanitizeLine } from '../sanitize.js';
import { htmlText, tokenize } from './tokenize.js';
import { normaliseUrl } from './url.js';

/** Title words count this many times as often as body words: the title says what a story is about. */
export const TITLE_WEIGHT = 3;
// The lead paragraphs carry the topic; the rest of a long body mostly adds noise and index size.
const TEXT_LIMIT = 2_000;
// Per document, the most frequent terms kept; keeps postings small for long full texts.
const MAX_TERMS = 120;

/** A 52-bit hash (two FNV-1a rounds), 0 for no value: compact keys for exact-duplicate checks. */
export function keyHash(text: string | undefined): number {
  if (!text) return 0;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + (b >>> 12) + 1;
}

/** Hash of the normalised form under which two titles count as identical. */
export function titleHash(title: string): number {
  return keyHash(tokenize(title, true).join(' '));
}

/** Hash of a URL's normalised form (see normaliseUrl). */
export function urlHash(url: string | undefined): number {
  return keyHash(normaliseUrl(url));
}

/** Term → weighted count for a title and a body text (plain or HTML). */
export function termCounts(title: string, text: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(title)) counts.set(token, (counts.get(token) ?? 0) + TITLE_WEIGHT);
  const body = htmlText(text).slice(0, TEXT_LIMIT);
  for (const token of tokenize(body)) counts.set(token, (counts.get(token) ?? 0) + 1);
  if (counts.size <= MAX_TERMS) return counts;
  const kept = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
  return new Map(kept);
}

/** Published (else first-seen) time in ms; NaN when neither can be read. */
export function articleTime(article: { readonly published?: string; readonly firstSeen?: string }): number {
  const published = article.published ? Date.parse(article.published) : Number.NaN;
  if (!Number.isNaN(published) || !article.firstSeen) return published;
  return Date.parse(article.firstSeen);
}

export { sanitizeLine as cleanTitle };
