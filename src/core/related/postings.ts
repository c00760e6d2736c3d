import type { Segment } from './segment.js';
import type { TermTable } from './term-table.js';

// BM25's usual constants: term-frequency saturation and length normalisation.
export const K1 = 1.2;
const B = 0.75;

/** Inverted lists: the postings of term t are `docs`/`weights` in [start[t], start[t + 1]). */
export interface Postings {
  readonly start: Uint32Array;
  readonly docs: Uint32Array;
  /** BM25's term-frequency part of each posting, so that a query only multiplies and adds. */
  readonly weights: Float32Array;
}

function grow(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Builds the inverted lists of all segments' documents (numbered in segment order) in two passes over
 * their (term, weight) pairs: count each term's documents, then place each pair in its term's run.
 * Terms are numbered in `terms` as they are met.
 */
export function buildPostings(segments: readonly Segment[], total: number, terms: TermTable): Postings {
  const pairCount = segments.reduce((sum, segment) => sum + segment.terms.length, 0);
  const dense = new Uint32Array(pairCount);
  const lengths = new Float32Array(total);
  let counts: Uint32Array = new Uint32Array(1 << 16);
  let sum = 0;
  let doc = 0;
  let at = 0;
  for (const segment of segments) {
    for (let d = 0; d < segment.ids.length; d++, doc++) {
      let length = 0;
      for (let p = segment.offsets[d]!; p < segment.offsets[d + 1]!; p++, at++) {
        const term = terms.intern(segment.terms[p]! || 1);
        if (term >= counts.length) counts = grow(counts);
        counts[term]!++;
        dense[at] = term;
        length += segment.weights[p]!;
      }
      lengths[doc] = length;
      sum += length;
    }
  }
  const termCount = terms.size;
  const start = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + counts[t]!;
  const cursor = start.slice(0, termCount);
  const docs = new Uint32Array(pairCount);
  const weights = new Float32Array(pairCount);
  const average = total > 0 ? sum / total : 1;
  doc = 0;
  at = 0;
  for (const segment of segments) {
    for (let d = 0; d < segment.ids.length; d++, doc++) {
      const norm = K1 * (1 - B + (B * lengths[doc]!) / average);
      for (let p = segment.offsets[d]!; p < segment.offsets[d + 1]!; p++, at++) {
        const slot = cursor[dense[at]!]!++;
        const tf = segment.weights[p]!;
        docs[slot] = doc;
        weights[slot] = (tf * (K1 + 1)) / (tf + norm);
      }
    }
  }
  return { start, docs, weights };
}
