import { termCounts, titleHash, urlHash } from './document.js';
import type { Segment } from './segment.js';
import { findTerm, termHash } from './term-table.js';

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
// BM25's usual constants: term-frequency saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
// Only the most telling query terms are looked up: long texts would otherwise touch every posting list.
const MAX_QUERY_TERMS = 30;
// Below this a match shares only a word or two of little weight: noise rather than the same story.
const MIN_SCORE = 0.03;

/**
 * BM25 over the segments of all feeds, as they were read: each segment carries its own inverted
 * lists, so opening costs nothing beyond reading, and a query looks its (at most 30) terms up by
 * binary search in each feed, then sums over those terms' postings only.
 */
export class SearchIndex {
  readonly #segments: readonly Segment[];
  /** Global number of each segment's first document. */
  readonly #base: number[] = [];
  #byId: Map<string, number> | undefined;
  readonly #byUrl = new Map<number, number>();
  readonly #size: number;
  readonly #scores: Float32Array;
  // Per document, in global numbers: its segment, time, URL and title hashes, and BM25 length norm.
  readonly #docSegment: Uint16Array;
  readonly #times: Float64Array;
  readonly #urlHashes: Float64Array;
  readonly #titleHashes: Float64Array;
  readonly #norms: Float32Array;

  constructor(segments: readonly Segment[]) {
    this.#segments = segments;
    let size = 0;
    let length = 0;
    for (const segment of segments) {
      this.#base.push(size);
      for (let d = 0; d < segment.ids.length; d++) {
        if (segment.urlHashes[d]) this.#byUrl.set(segment.urlHashes[d]!, size + d);
        length += segment.lengths[d]!;
      }
      size += segment.ids.length;
    }
    this.#size = size;
    this.#scores = new Float32Array(size);
    this.#docSegment = new Uint16Array(size);
    this.#times = new Float64Array(size);
    this.#urlHashes = new Float64Array(size);
    this.#titleHashes = new Float64Array(size);
    this.#norms = new Float32Array(size);
    const average = size > 0 ? length / size : 1;
    segments.forEach((segment, s) => {
      const base = this.#base[s]!;
      this.#docSegment.fill(s, base, base + segment.ids.length);
      this.#times.set(segment.times, base);
      this.#urlHashes.set(segment.urlHashes, base);
      this.#titleHashes.set(segment.titleHashes, base);
      for (let d = 0; d < segment.ids.length; d++) {
        this.#norms[base + d] = K1 * (1 - B + (B * segment.lengths[d]!) / average);
      }
    });
  }

  get size(): number {
    return this.#size;
  }

  // Built on the first look-up by id alone: most look-ups find the story by URL.
  #docById(id: string): number | undefined {
    if (!this.#byId) {
      const byId = new Map<string, number>();
      this.#segments.forEach((segment, s) => {
        for (let d = 0; d < segment.ids.length; d++) byId.set(segment.ids[d]!, this.#base[s]! + d);
      });
      this.#byId = byId;
    }
    return this.#byId.get(id);
  }

  #locate(doc: number): [Segment, number] {
    const s = this.#docSegment[doc]!;
    return [this.#segments[s]!, doc - this.#base[s]!];
  }

  // A cached story's own terms, read back from its feed's postings.
  #storedTerms(doc: number): Map<number, number> {
    const [segment, local] = this.#locate(doc);
    const counts = new Map<number, number>();
    for (let t = 0; t < segment.termHashes.length; t++) {
      for (let p = segment.postStart[t]!; p < segment.postStart[t + 1]!; p++) {
        if (segment.postDoc[p] === local) counts.set(segment.termHashes[t]!, segment.postWeight[p]!);
      }
    }
    return counts;
  }

  #queryTerms(query: RelatedQuery, self: number | undefined): QueryTerm[] {
    const counts = new Map<number, number>();
    for (const [text, count] of termCounts(query.title, query.text)) {
      const hash = termHash(text);
      counts.set(hash, (counts.get(hash) ?? 0) + count);
    }
    if (self !== undefined && !query.text) {
      for (const [hash, count] of this.#storedTerms(self))
        counts.set(hash, Math.max(count, counts.get(hash) ?? 0));
    }
    // Choosing the 30 most telling terms needs each term's document frequency; looking every term up
    // in every feed is mostly cache misses, so frequencies are first estimated from a sample of feeds.
    const sample = this.#sample();
    const estimated: { hash: number; count: number; weight: number }[] = [];
    for (const [hash, count] of counts) {
      let df = 0;
      for (const s of sample.segments) {
        const segment = this.#segments[s]!;
        const t = findTerm(segment.termHashes, hash);
        if (t >= 0) df += segment.postStart[t + 1]! - segment.postStart[t]!;
      }
      estimated.push({ hash, count, weight: this.#idf(df * sample.scale) * (1 + Math.log(count)) });
    }
    estimated.sort((a, b) => b.weight - a.weight);
    const terms: QueryTerm[] = [];
    for (const { hash, count } of estimated.slice(0, MAX_QUERY_TERMS * 2)) {
      const runs: number[] = [];
      let df = 0;
      this.#segments.forEach((segment, s) => {
        const t = findTerm(segment.termHashes, hash);
        if (t < 0) return;
        runs.push(s, t);
        df += segment.postStart[t + 1]! - segment.postStart[t]!;
      });
      if (df > 0) terms.push({ runs, weight: this.#idf(df) * (1 + Math.log(count)) });
    }
    terms.sort((a, b) => b.weight - a.weight);
    return terms.slice(0, MAX_QUERY_TERMS);
  }

  #idf(df: number): number {
    return Math.log(1 + (this.#size - df + 0.5) / (df + 0.5));
  }

  // About 20 feeds spread over the index, and the factor from their documents to all documents.
  #sample(): { segments: number[]; scale: number } {
    const step = Math.max(1, Math.floor(this.#segments.length / 20));
    const segments: number[] = [];
    let docs = 0;
    for (let s = 0; s < this.#segments.length; s += step) {
      segments.push(s);
      docs += this.#segments[s]!.ids.length;
    }
    return { segments, scale: docs > 0 ? this.#size / docs : 1 };
  }

  // Adds each query term's BM25 contribution to the documents holding it; returns the documents touched.
  #accumulate(terms: readonly QueryTerm[]): number[] {
    const scores = this.#scores;
    const touched: number[] = [];
    const norms = this.#norms;
    for (const { runs, weight } of terms) {
      for (let r = 0; r < runs.length; r += 2) {
        const segment = this.#segments[runs[r]!]!;
        const base = this.#base[runs[r]!]!;
        const t = runs[r + 1]!;
        for (let p = segment.postStart[t]!; p < segment.postStart[t + 1]!; p++) {
          const doc = base + segment.postDoc[p]!;
          const tf = segment.postWeight[p]!;
          if (scores[doc] === 0) touched.push(doc);
          scores[doc]! += (weight * tf * (K1 + 1)) / (tf + norms[doc]!);
        }
      }
    }
    return touched;
  }

  /** The stories most similar to `query`, best first, without the story itself or its exact duplicates. */
  similar(query: RelatedQuery, limit = 5, options: SearchOptions = {}): RelatedMatch[] {
    if (limit <= 0 || this.#size === 0) return [];
    const queryUrl = urlHash(query.url);
    let self = queryUrl ? this.#byUrl.get(queryUrl) : undefined;
    if (query.id !== undefined && (self === undefined || this.#id(self) !== query.id))
      self = this.#docById(query.id);
    const queryTitle = titleHash(query.title);
    const terms = this.#queryTerms(query, self);
    const best = terms.reduce((sum, { weight }) => sum + weight, 0) * (K1 + 1);
    if (best === 0) return [];
    const touched = this.#accumulate(terms);
    let when = query.published ? Date.parse(query.published) : Number.NaN;
    if (Number.isNaN(when) && self !== undefined) when = this.#times[self]!;
    const window = (options.windowDays ?? DEFAULT_WINDOW_DAYS) * 86_400_000;
    const top: { doc: number; score: number }[] = [];
    const keep = limit * 3;
    for (const doc of touched) {
      const score = this.#scores[doc]! / best;
      this.#scores[doc] = 0;
      if (score < MIN_SCORE || (top.length >= keep && score <= top[top.length - 1]!.score)) continue;
      if (doc === self || (queryUrl && this.#urlHashes[doc] === queryUrl)) continue;
      if (this.#titleHashes[doc] === queryTitle) continue;
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
    const [segment, local] = this.#locate(doc);
    return segment.ids[local]!;
  }

  // Two copies of one story (same URL or title in two feeds) would crowd out other matches: keep the first.
  #distinct(top: readonly { doc: number; score: number }[], limit: number): RelatedMatch[] {
    const seen = new Set<number>();
    const matches: RelatedMatch[] = [];
    for (const { doc, score } of top) {
      const [segment, local] = this.#locate(doc);
      const keys = [segment.titleHashes[local]!, segment.urlHashes[local]!].filter(Boolean);
      if (keys.some((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      matches.push({
        id: segment.ids[local]!,
        feed: segment.feed,
        title: segment.titles[local]!,
        url: segment.urls[local] || undefined,
        score: round(score),
      });
      if (matches.length === limit) break;
    }
    return matches;
  }
}

/** A query term: its weight, and where its postings are (segment, term index pairs). */
interface QueryTerm {
  readonly runs: number[];
  readonly weight: number;
}

function round(score: number): number {
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
