import { sanitizeLine } from '../sanitize.js';
import { htmlText, tokenize } from './tokenize.js';
import { normaliseUrl } from './url.js';

/** Title words count this many times as often as body words: the title says what a story is about. */
export const TITLE_WEIGHT = 3;
// The lead paragraphs carry the topic; the rest of a long body mostly adds noise and index size.
const TEXT_LIMIT = 2_000;
// Per document, the most frequent terms kept; keeps postings small for long full texts.
const MAX_TERMS = 120;

/** What the index keeps of one article besides its terms. */
export interface DocumentMeta {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  /** normaliseUrl(url), for excluding the article itself and exact duplicates. */
  readonly urlKey?: string;
  /** The title's tokens joined, for excluding exact duplicates that carry another URL. */
  readonly titleKey: string;
  /** Published (else first-seen) time in ms; NaN when unknown. */
  readonly time: number;
}

/** The normalised form under which two titles count as identical. */
export function titleKey(title: string): string {
  return tokenize(title).join(' ');
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

/** Index metadata of an article. */
export function documentMeta(article: {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly published?: string;
  readonly firstSeen?: string;
}): DocumentMeta {
  const title = sanitizeLine(article.title);
  const published = article.published ? Date.parse(article.published) : Number.NaN;
  const time = Number.isNaN(published) && article.firstSeen ? Date.parse(article.firstSeen) : published;
  return {
    id: article.id,
    title,
    url: article.url,
    urlKey: normaliseUrl(article.url),
    titleKey: titleKey(title),
    time,
  };
}
