import { type Headline, sortTime } from '../types.js';
import { tokenize } from './tokenize.js';
import { normaliseUrl } from './url.js';

/** One story as shown in the list: the headline shown, and the same story from other feeds. */
export interface HeadlineGroup {
  readonly primary: Headline;
  readonly others: Headline[];
}

/** Titles at least this similar (shared words / all words) are one story told by two outlets. */
export const TITLE_SIMILARITY = 0.6;
/** …when published at most this far apart. */
export const DUPLICATE_WINDOW_MS = 48 * 3_600_000;

// Bound on candidates per prefix token, so that grouping stays linear however the titles look.
const MAX_BUCKET_SCAN = 400;

class UnionFind {
  readonly #parent: Int32Array;
  constructor(size: number) {
    this.#parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.#parent[root] !== root) root = this.#parent[root]!;
    while (this.#parent[i] !== root) [i, this.#parent[i]] = [this.#parent[i]!, root];
    return root;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The earlier headline (in input order) stays the root, so it becomes the group's primary.
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function jaccard(a: readonly string[], b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.length + b.size - shared);
}

// Near-duplicate titles by prefix filtering: with each title's distinct tokens ordered rarest first, two
// titles with Jaccard ≥ t must share a token among the first |x| - ⌈t·|x|⌉ + 1 of each. Only those
// prefix tokens are bucketed, and buckets only hold headlines of the last 48 hours (input walked in
// time order), so common words never make a long candidate list.
function groupByTitle(headlines: readonly Headline[], sets: UnionFind): void {
  const tokens = headlines.map((headline) => [...new Set(tokenize(headline.title, true))]);
  const df = new Map<string, number>();
  for (const list of tokens) for (const token of list) df.set(token, (df.get(token) ?? 0) + 1);
  const times = headlines.map((headline) => sortTime(headline));
  const order = headlines.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  const buckets = new Map<string, { items: number[]; start: number }>();
  const seen = new Int32Array(headlines.length).fill(-1);
  for (const i of order) {
    const list = tokens[i]!;
    if (list.length < 2) continue;
    list.sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    const prefix = list.length - Math.ceil(TITLE_SIMILARITY * list.length) + 1;
    const set = new Set(list);
    for (let k = 0; k < prefix; k++) {
      const token = list[k]!;
      let bucket = buckets.get(token);
      if (!bucket) {
        bucket = { items: [], start: 0 };
        buckets.set(token, bucket);
      }
      while (
        bucket.start < bucket.items.length &&
        times[i]! - times[bucket.items[bucket.start]!]! > DUPLICATE_WINDOW_MS
      ) {
        bucket.start++;
      }
      // A word shared by hundreds of titles in two days tells little; its most recent ones are enough.
      for (
        let c = Math.max(bucket.start, bucket.items.length - MAX_BUCKET_SCAN);
        c < bucket.items.length;
        c++
      ) {
        const j = bucket.items[c]!;
        if (seen[j] === i) continue;
        seen[j] = i;
        if (headlines[j]!.feed === headlines[i]!.feed) continue;
        if (jaccard(tokens[j]!, set) >= TITLE_SIMILARITY) sets.union(i, j);
      }
      bucket.items.push(i);
      // Buckets only grow at the end; drop the expired head now and then so memory stays bounded.
      if (bucket.start > 1024) {
        bucket.items = bucket.items.slice(bucket.start);
        bucket.start = 0;
      }
    }
  }
}

/**
 * Groups near-duplicate headlines: the same normalised URL, or (from different feeds, published within
 * 48 hours of each other) titles whose word sets overlap by at least 60%. Language-independent, and
 * fast enough for 100,000 headlines. Groups come in the order of their first headline in the input,
 * which is the primary; the others keep input order. A headline with no duplicate is a group of one.
 */
export function groupDuplicates(headlines: readonly Headline[]): HeadlineGroup[] {
  const sets = new UnionFind(headlines.length);
  const byUrl = new Map<string, number>();
  headlines.forEach((headline, i) => {
    const key = normaliseUrl(headline.url);
    if (!key) return;
    const first = byUrl.get(key);
    if (first === undefined) byUrl.set(key, i);
    else sets.union(first, i);
  });
  groupByTitle(headlines, sets);
  const groups = new Map<number, HeadlineGroup>();
  headlines.forEach((headline, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.others.push(headline);
    else groups.set(root, { primary: headline, others: [] });
  });
  return [...groups.values()];
}
