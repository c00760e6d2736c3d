import type { Article } from '../types.js';
import { type DocumentMeta, documentMeta, termCounts } from './document.js';

/**
 * The indexed documents of one feed: metadata plus, per document, a run of (term, weight) pairs in
 * `terms`/`weights` from `offsets[i]` to `offsets[i + 1]`, terms numbered in the segment's own `vocab`.
 */
export interface Segment {
  readonly feed: string;
  readonly docs: readonly DocumentMeta[];
  readonly vocab: readonly string[];
  readonly offsets: Uint32Array;
  readonly terms: Uint32Array;
  readonly weights: Uint16Array;
}

/** Indexes a feed's articles: title, summary and, when the feed carries it, full content. */
export function buildSegment(feed: string, articles: readonly Article[]): Segment {
  const vocab: string[] = [];
  const vocabIndex = new Map<string, number>();
  const docs: DocumentMeta[] = [];
  const offsets = new Uint32Array(articles.length + 1);
  const terms: number[] = [];
  const weights: number[] = [];
  for (const article of articles) {
    docs.push(documentMeta(article));
    const text = [article.summary, article.content].filter(Boolean).join(' ');
    for (const [term, count] of termCounts(article.title, text)) {
      let index = vocabIndex.get(term);
      if (index === undefined) {
        index = vocab.length;
        vocab.push(term);
        vocabIndex.set(term, index);
      }
      terms.push(index);
      weights.push(Math.min(count, 0xffff));
    }
    offsets[docs.length] = terms.length;
  }
  return { feed, docs, vocab, offsets, terms: Uint32Array.from(terms), weights: Uint16Array.from(weights) };
}
