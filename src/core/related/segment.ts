import type { Article } from '../types.js';
import { articleTime, cleanTitle, termCounts, titleHash, urlHash } from './document.js';
import { termHash } from './term-table.js';

/**
 * The indexed documents of one feed. Per document (columns): id, title, URL ('' if none), time (NaN
 * if unknown), hashes of its normalised URL and title, and its length (sum of term weights). Then an
 * inverted index: the feed's distinct term hashes ascending, and for term t the documents (local
 * numbers) and weights in [postStart[t], postStart[t + 1]). Loading needs no processing, and a query
 * finds its terms by binary search in each feed.
 */
export interface Segment {
  readonly feed: string;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly urls: readonly string[];
  readonly times: Float64Array;
  readonly urlHashes: Float64Array;
  readonly titleHashes: Float64Array;
  readonly lengths: Float32Array;
  readonly termHashes: Uint32Array;
  readonly postStart: Uint32Array;
  readonly postDoc: Uint32Array;
  readonly postWeight: Uint16Array;
}

/** Indexes a feed's articles: title, summary and, when the feed carries it, full content. */
export function buildSegment(feed: string, articles: readonly Article[]): Segment {
  const n = articles.length;
  const times = new Float64Array(n);
  const urlHashes = new Float64Array(n);
  const titleHashes = new Float64Array(n);
  const lengths = new Float32Array(n);
  const titles: string[] = [];
  const runs = new Map<number, number[]>();
  articles.forEach((article, i) => {
    const title = cleanTitle(article.title);
    titles.push(title);
    times[i] = articleTime(article);
    urlHashes[i] = urlHash(article.url);
    titleHashes[i] = titleHash(title);
    const text = [article.summary, article.content].filter(Boolean).join(' ');
    const weights = new Map<number, number>();
    for (const [term, count] of termCounts(title, text)) {
      const hash = termHash(term);
      weights.set(hash, (weights.get(hash) ?? 0) + count);
    }
    for (const [hash, weight] of weights) {
      const capped = Math.min(weight, 0xffff);
      lengths[i]! += capped;
      const run = runs.get(hash);
      if (run) run.push(i, capped);
      else runs.set(hash, [i, capped]);
    }
  });
  const termHashes = Uint32Array.from(runs.keys()).sort();
  const postStart = new Uint32Array(termHashes.length + 1);
  const total = [...runs.values()].reduce((sum, run) => sum + run.length / 2, 0);
  const postDoc = new Uint32Array(total);
  const postWeight = new Uint16Array(total);
  let at = 0;
  termHashes.forEach((hash, t) => {
    const run = runs.get(hash)!;
    for (let k = 0; k < run.length; k += 2, at++) {
      postDoc[at] = run[k]!;
      postWeight[at] = run[k + 1]!;
    }
    postStart[t + 1] = at;
  });
  return {
    feed,
    ids: articles.map((article) => article.id),
    titles,
    urls: articles.map((article) => article.url ?? ''),
    times,
    urlHashes,
    titleHashes,
    lengths,
    termHashes,
    postStart,
    postDoc,
    postWeight,
  };
}
