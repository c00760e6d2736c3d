import { termCounts, titleHash, urlHash } from './document.js';
import { buildPostings, K1 } from './postings.js';
import type { Segment } from './segment.js';
import { TermTable, termHash } from './term-table.js';

/** A story similar to the one asked about. `score` is in 0..1 (1: every query term, at full weight). */
export interface RelatedMatch {
  readonly id: string;
  readonly feed: string;
  readonly title: string;
  readonly url?: string;
  readonly score: number;
}

/** The story to find relatives of. `text` may be plain text or HTML (summary, full text). */
export interface RelatedQuery {
  readonly id?: string;
  readonly url?: string;
  readonly title: string;
  readonly text?: string;
  readonly published?: string;
}

export interface SearchOptions {
  /** Only stories published this many days before or after the query's date (when both have one). */
  readonly windowDays?: number;
}

export const DEFAULT_WINDOW_DAYS = 30;
// Only the most telling query terms are looked up: long texts would otherwise touch every posting list.
const MAX_QUERY_TERMS = 30;
// Below this a match shares only a word or two of little weight: noise rather than the same story.
const MIN_SCORE = 0.03;

/**
 * An inverted index over segments, built once in memory: for each term the documents that hold it,
 * with their BM25 term-frequency part precomputed, so a query only sums over its own terms' postings.
 */
export class SearchIndex {
  readonly #segments: readonly Segment[];
  #docSegment = new Uint32Array(0);
  #docLocal = new Uint32Array(0);
  #times = new Float64Array(0);
  #urlHashes = new Float64Array(0);
  #titleHashes = new Float64Array(0);
  readonly #terms = new TermTable();
  readonly #byId = new Map<string, number>();
  readonly #byUrl = new Map<number, number>();
  #postStart: Uint32Array = new Uint32Array(1);
  #postDoc: Uint32Array = new Uint32Array(0);
  #postWeight: Float32Array = new Float32Array(0);
  #scores = new Float32Array(0);

  constructor(segments: readonly Segment[]) {
    this.#segments = segments;
    this.#build();
  }

  get size(): number {
    return this.#times.length;
  }

  #build(): void {
    const total = this.#segments.reduce((sum, segment) => sum + segment.ids.length, 0);
    this.#docSegment = new Uint32Array(total);
    this.#docLocal = new Uint32Array(total);
    this.#times = new Float64Array(total);
    this.#urlHashes = new Float64Array(total);
    this.#titleHashes = new Float64Array(total);
    let doc = 0;
    this.#segments.forEach((segment, s) => {
      this.#times.set(segment.times, doc);
      this.#urlHashes.set(segment.urlHashes, doc);
      this.#titleHashes.set(segment.titleHashes, doc);
      for (let d = 0; d < segment.ids.length; d++, doc++) {
        this.#docSegment[doc] = s;
        this.#docLocal[doc] = d;
        this.#byId.set(segment.ids[d]!, doc);
        if (segment.urlHashes[d]) this.#byUrl.set(segment.urlHashes[d]!, doc);
      }
    });
    this.#buildPostings(total);
  }

  #buildPostings(total: number): void {
    const postings = buildPostings(this.#segments, total, this.#terms);
    this.#postStart = postings.start;
    this.#postDoc = postings.docs;
    this.#postWeight = postings.weights;
    this.#scores = new Float32Array(total);
  }

  #storedTerms(doc: number): Map<number, number> {
    const segment = this.#segments[this.#docSegment[doc]!]!;
    const d = this.#docLocal[doc]!;
    const counts = new Map<number, number>();
    for (let p = segment.offsets[d]!; p < segment.offsets[d + 1]!; p++) {
      counts.set(segment.terms[p]!, segment.weights[p]!);
    }
    return counts;
  }

  #queryTerms(query: RelatedQuery, self: number | undefined): { term: number; weight: number }[] {
    const counts = new Map<number, number>();
    for (const [text, count] of termCounts(query.title, query.text)) {
      const hash = termHash(text);
      counts.set(hash, (counts.get(hash) ?? 0) + count);
    }
    if (self !== undefined && !query.text) {
      for (const [hash, count] of this.#storedTerms(self))
        counts.set(hash, Math.max(count, counts.get(hash) ?? 0));
    }
    const n = this.size;
    const weighted: { term: number; weight: number }[] = [];
    for (const [hash, count] of counts) {
      const term = this.#terms.get(hash);
      if (term < 0) continue;
      const df = this.#postStart[term + 1]! - this.#postStart[term]!;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      weighted.push({ term, weight: idf * (1 + Math.log(count)) });
    }
    weighted.sort((a, b) => b.weight - a.weight);
    return weighted.slice(0, MAX_QUERY_TERMS);
  }

  /** The stories most similar to `query`, best first, without the story itself or its exact duplicates. */
  similar(query: RelatedQuery, limit = 5, options: SearchOptions = {}): RelatedMatch[] {
    if (limit <= 0 || this.size === 0) return [];
    const queryUrl = urlHash(query.url);
    const self =
      (query.id !== undefined ? this.#byId.get(query.id) : undefined) ??
      (queryUrl ? this.#byUrl.get(queryUrl) : undefined);
    const queryTitle = titleHash(query.title);
    const terms = this.#queryTerms(query, self);
    const best = terms.reduce((sum, { weight }) => sum + weight, 0) * (K1 + 1);
    if (best === 0) return [];

    const scores = this.#scores;
    const touched: number[] = [];
    for (const { term, weight } of terms) {
      for (let p = this.#postStart[term]!; p < this.#postStart[term + 1]!; p++) {
        const doc = this.#postDoc[p]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += weight * this.#postWeight[p]!;
      }
    }
    const when = query.published
      ? Date.parse(query.published)
      : self !== undefined
        ? this.#times[self]!
        : Number.NaN;
    const window = (options.windowDays ?? DEFAULT_WINDOW_DAYS) * 86_400_000;
    const top: { doc: number; score: number }[] = [];
    const keep = limit * 3;
    for (const doc of touched) {
      const score = scores[doc]! / best;
      scores[doc] = 0;
      if (score < MIN_SCORE || (top.length >= keep && score <= top[top.length - 1]!.score)) continue;
      if (
        doc === self ||
        (queryUrl && this.#urlHashes[doc] === queryUrl) ||
        this.#titleHashes[doc] === queryTitle
      )
        continue;
      if (query.id !== undefined && this.#id(doc) === query.id) continue;
      const time = this.#times[doc]!;
      if (!Number.isNaN(when) && !Number.isNaN(time) && Math.abs(time - when) > window) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < score) at--;
      top.splice(at, 0, { doc, score });
      if (top.length > keep) top.pop();
    }
    return this.#distinct(top, limit);
  }

  #id(doc: number): string {
    return this.#segments[this.#docSegment[doc]!]!.ids[this.#docLocal[doc]!]!;
  }

  // Two copies of one story (same URL or title in two feeds) would crowd out other matches: keep the first.
  #distinct(top: readonly { doc: number; score: number }[], limit: number): RelatedMatch[] {
    const seen = new Set<number>();
    const matches: RelatedMatch[] = [];
    for (const { doc, score } of top) {
      const keys = [this.#titleHashes[doc]!, this.#urlHashes[doc]!].filter(Boolean);
      if (keys.some((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      const segment = this.#segments[this.#docSegment[doc]!]!;
      const d = this.#docLocal[doc]!;
      matches.push({
        id: segment.ids[d]!,
        feed: segment.feed,
        title: segment.titles[d]!,
        url: segment.urls[d] || undefined,
        score: round(score),
      });
      if (matches.length === limit) break;
    }
    return matches;
  }
}

function round(score: number): number {
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
