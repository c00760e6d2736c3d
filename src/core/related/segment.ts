import type { Article } from '../types.js';
import { articleTime, cleanTitle, termCounts, titleHash, urlHash } from './document.js';
import { termHash } from './term-table.js';

/**
 * The indexed documents of one feed, in columns: per document its id, title, URL ('' if none), time
 * (NaN if unknown) and hashes of its normalised URL and title; and a run of (term hash, weight) pairs
 * in `terms`/`weights` from `offsets[i]` to `offsets[i + 1]` (see term-table.ts).
 */
export interface Segment {
  readonly feed: string;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly urls: readonly string[];
  readonly times: Float64Array;
  readonly urlHashes: Float64Array;
  readonly titleHashes: Float64Array;
  readonly offsets: Uint32Array;
  readonly terms: Uint32Array;
  readonly weights: Uint16Array;
}

/** Indexes a feed's articles: title, summary and, when the feed carries it, full content. */
export function buildSegment(feed: string, articles: readonly Article[]): Segment {
  const n = articles.length;
  const offsets = new Uint32Array(n + 1);
  const times = new Float64Array(n);
  const urlHashes = new Float64Array(n);
  const titleHashes = new Float64Array(n);
  const terms: number[] = [];
  const weights: number[] = [];
  const titles: string[] = [];
  articles.forEach((article, i) => {
    const title = cleanTitle(article.title);
    titles.push(title);
    times[i] = articleTime(article);
    urlHashes[i] = urlHash(article.url);
    titleHashes[i] = titleHash(title);
    const text = [article.summary, article.content].filter(Boolean).join(' ');
    for (const [term, count] of termCounts(title, text)) {
      terms.push(termHash(term));
      weights.push(Math.min(count, 0xffff));
    }
    offsets[i + 1] = terms.length;
  });
  return {
    feed,
    ids: articles.map((article) => article.id),
    titles,
    urls: articles.map((article) => article.url ?? ''),
    times,
    urlHashes,
    titleHashes,
    offsets,
    terms: Uint32Array.from(terms),
    weights: Uint16Array.from(weights),
  };
}
