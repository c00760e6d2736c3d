import { type DocumentMeta, termCounts, titleKey } from './document.js';
import type { Segment } from './segment.js';
import { normaliseUrl } from './url.js';

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
 * An inverted index over segments, built once in memory: for each term the documents that hold it,
 * with their BM25 term-frequency part precomputed, so a query only sums over its own terms' postings.
 */
export class SearchIndex {
  readonly #docs: DocumentMeta[] = [];
  readonly #docFeed: string[] = [];
  readonly #terms = new Map<string, number>();
  readonly #byId = new Map<string, number>();
  readonly #byUrl = new Map<string, number>();
  #postStart = new Uint32Array(1);
  #postDoc = new Uint32Array(0);
  #postWeight = new Float32Array(0);
  #scores = new Float32Array(0);
  #segments: readonly Segment[];

  constructor(segments: readonly Segment[]) {
    this.#segments = segments;
    this.#build();
  }

  get size(): number {
    return this.#docs.length;
  }

  #build(): void {
    const maps: Uint32Array[] = [];
    for (const segment of this.#segments) {
      const map = new Uint32Array(segment.vocab.length);
      segment.vocab.forEach((term, local) => {
        let global = this.#terms.get(term);
        if (global === undefined) {
          global = this.#terms.size;
          this.#terms.set(term, global);
        }
        map[local] = global;
      });
      maps.push(map);
      for (const doc of segment.docs) {
        const index = this.#docs.length;
        this.#docs.push(doc);
        this.#docFeed.push(segment.feed);
        this.#byId.set(doc.id, index);
        if (doc.urlKey) this.#byUrl.set(doc.urlKey, index);
      }
    }
    const termCount = this.#terms.size;
    const df = new Uint32Array(termCount + 1);
    const lengths = new Float32Array(this.#docs.length);
    let total = 0;
    let doc = 0;
    this.#segments.forEach((segment, s) => {
      const map = maps[s]!;
      for (let d = 0; d < segment.docs.length; d++, doc++) {
        for (let p = segment.offsets[d]!; p < segment.offsets[d + 1]!; p++) {
          df[map[segment.terms[p]!]! + 1]!++;
          lengths[doc]! += segment.weights[p]!;
        }
        total += lengths[doc]!;
      }
    });
    for (let t = 0; t < termCount; t++) df[t + 1]! += df[t]!;
    const start = df; // now prefix sums: postings of term t are [start[t], start[t + 1])
    const cursor = start.slice(0, termCount);
    const pairs = start[termCount]!;
    this.#postDoc = new Uint32Array(pairs);
    this.#postWeight = new Float32Array(pairs);
    const average = this.#docs.length > 0 ? total / this.#docs.length : 1;
    doc = 0;
    this.#segments.forEach((segment, s) => {
      const map = maps[s]!;
      for (let d = 0; d < segment.docs.length; d++, doc++) {
        const norm = K1 * (1 - B + (B * lengths[doc]!) / average);
        for (let p = segment.offsets[d]!; p < segment.offsets[d + 1]!; p++) {
          const at = cursor[map[segment.terms[p]!]!]!++;
          const tf = segment.weights[p]!;
          this.#postDoc[at] = doc;
          this.#postWeight[at] = (tf * (K1 + 1)) / (tf + norm);
        }
      }
    });
    this.#postStart = start;
    this.#scores = new Float32Array(this.#docs.length);
  }

  #storedTerms(index: number): Map<string, number> {
    const counts = new Map<string, number>();
    let before = 0;
    for (const segment of this.#segments) {
      if (index < before + segment.docs.length) {
        const d = index - before;
        for (let p = segment.offsets[d]!; p < segment.offsets[d + 1]!; p++) {
          counts.set(segment.vocab[segment.terms[p]!]!, segment.weights[p]!);
        }
        break;
      }
      before += segment.docs.length;
    }
    return counts;
  }

  #queryTerms(query: RelatedQuery, self: number | undefined): { term: number; weight: number }[] {
    const counts = termCounts(query.title, query.text);
    if (self !== undefined && !query.text) {
      for (const [term, count] of this.#storedTerms(self))
        counts.set(term, Math.max(count, counts.get(term) ?? 0));
    }
    const n = this.#docs.length;
    const weighted: { term: number; weight: number }[] = [];
    for (const [text, count] of counts) {
      const term = this.#terms.get(text);
      if (term === undefined) continue;
      const df = this.#postStart[term + 1]! - this.#postStart[term]!;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      weighted.push({ term, weight: idf * (1 + Math.log(count)) });
    }
    weighted.sort((a, b) => b.weight - a.weight);
    return weighted.slice(0, MAX_QUERY_TERMS);
  }

  /** The stories most similar to `query`, best first, without the story itself or its exact duplicates. */
  similar(query: RelatedQuery, limit = 5, options: SearchOptions = {}): RelatedMatch[] {
    if (limit <= 0 || this.#docs.length === 0) return [];
    const urlKey = normaliseUrl(query.url);
    const self =
      (query.id !== undefined ? this.#byId.get(query.id) : undefined) ??
      (urlKey ? this.#byUrl.get(urlKey) : undefined);
    const selfTitle = titleKey(query.title);
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
        ? this.#docs[self]!.time
        : Number.NaN;
    const window = (options.windowDays ?? DEFAULT_WINDOW_DAYS) * 86_400_000;
    const top: { doc: number; score: number }[] = [];
    const keep = limit * 3;
    for (const doc of touched) {
      const score = scores[doc]! / best;
      scores[doc] = 0;
      if (score < MIN_SCORE || (top.length >= keep && score <= top[top.length - 1]!.score)) continue;
      const meta = this.#docs[doc]!;
      if (doc === self || meta.id === query.id || (urlKey && meta.urlKey === urlKey)) continue;
      if (meta.titleKey === selfTitle) continue;
      if (!Number.isNaN(when) && !Number.isNaN(meta.time) && Math.abs(meta.time - when) > window) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < score) at--;
      top.splice(at, 0, { doc, score });
      if (top.length > keep) top.pop();
    }
    return this.#distinct(top, limit);
  }

  // Two copies of one story (same URL or title in two feeds) would crowd out other matches: keep the first.
  #distinct(top: readonly { doc: number; score: number }[], limit: number): RelatedMatch[] {
    const seen = new Set<string>();
    const matches: RelatedMatch[] = [];
    for (const { doc, score } of top) {
      const meta = this.#docs[doc]!;
      const keys = [`t:${meta.titleKey}`, ...(meta.urlKey ? [`u:${meta.urlKey}`] : [])];
      if (keys.some((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      matches.push({
        id: meta.id,
        feed: this.#docFeed[doc]!,
        title: meta.title,
        url: meta.url,
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
