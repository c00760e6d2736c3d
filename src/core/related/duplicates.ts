import { type Headline, sortTime } from '../types.js';
import { HashIds, termHash } from './term-table.js';
import { tokenize } from './tokenize.js';
import { quickUrlKey } from './url.js';

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
const MAX_BUCKET_SCAN = 20;
const MAX_PREFIX = 4;
// A word in more than this share of all titles ("live", "news", "the") cannot tell two stories apart.
const COMMON_SHARE = 1 / 200;

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

// Shared tokens / all tokens of two lists sorted ascending.
function jaccard(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

// Each title as its distinct tokens, each token given as its rank in a global order from rarest to
// most common, the list sorted: a title's rarest tokens come first.
function rankedTitles(headlines: readonly Headline[]): { lists: Int32Array[]; df: Int32Array } {
  // Tokens by hash: a rare collision only merges two words, and typed arrays beat a Map of strings.
  const ids = new HashIds();
  const raw = headlines.map((headline) =>
    tokenize(headline.title, true).map((token) => ids.intern(termHash(token))),
  );
  const counts = new Int32Array(ids.size);
  const stamp = new Int32Array(ids.size).fill(-1);
  raw.forEach((list, i) => {
    for (const id of list) {
      if (stamp[id] !== i) counts[id]!++;
      stamp[id] = i;
    }
  });
  const order = Int32Array.from({ length: ids.size }, (_, i) => i).sort(
    (a, b) => counts[a]! - counts[b]! || a - b,
  );
  const rank = new Int32Array(ids.size);
  const df = new Int32Array(ids.size);
  order.forEach((id, r) => {
    rank[id] = r;
    df[r] = counts[id]!;
  });
  const lists = raw.map((list) => {
    const ranks = new Int32Array(list.length);
    for (let k = 0; k < list.length; k++) ranks[k] = rank[list[k]!]!;
    return unique(ranks.sort());
  });
  return { lists, df };
}

function unique(sorted: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

// Near-duplicate titles by prefix filtering: with tokens ordered rarest first, two titles with
// Jaccard ≥ t must share a token among the first |x| - ⌈t·|x|⌉ + 1 of each. Only those prefix tokens
// are bucketed, and buckets only hold headlines of the last 48 hours (input walked in time order), so
// common words never make a long candidate list.
function groupByTitle(headlines: readonly Headline[], sets: UnionFind): void {
  const { lists, df } = rankedTitles(headlines);
  const times = headlines.map((headline) => sortTime(headline));
  const order = headlines.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  const common = Math.max(50, headlines.length * COMMON_SHARE);
  const buckets: ({ items: number[]; start: number } | undefined)[] = new Array(df.length);
  const seen = new Int32Array(headlines.length).fill(-1);
  for (const i of order) {
    const list = lists[i]!;
    // Titles of one word, or made only of common words ("Live updates"), are never grouped by title.
    if (list.length < 2 || df[list[1]!]! > common) continue;
    // Exact prefix filtering needs |x| - ⌈t·|x|⌉ + 1 tokens; past 4 (long CJK bigram lists) the extra
    // tokens are common ones whose buckets cost much and find almost nothing new.
    const prefix = Math.min(MAX_PREFIX, list.length - Math.ceil(TITLE_SIMILARITY * list.length) + 1);
    for (let k = 0; k < prefix && df[list[k]!]! <= common; k++) {
      let bucket = buckets[list[k]!];
      if (!bucket) {
        bucket = { items: [], start: 0 };
        buckets[list[k]!] = bucket;
      }
      const items = bucket.items;
      while (bucket.start < items.length && times[i]! - times[items[bucket.start]!]! > DUPLICATE_WINDOW_MS) {
        bucket.start++;
      }
      // A word shared by hundreds of titles in two days tells little; its most recent ones are enough.
      for (let c = Math.max(bucket.start, items.length - MAX_BUCKET_SCAN); c < items.length; c++) {
        const j = items[c]!;
        if (seen[j] === i) continue;
        seen[j] = i;
        const other = lists[j]!;
        // Sizes alone rule most pairs out: Jaccard ≤ smaller / larger.
        if (Math.min(other.length, list.length) < TITLE_SIMILARITY * Math.max(other.length, list.length))
          continue;
        if (headlines[j]!.feed === headlines[i]!.feed) continue;
        if (jaccard(other, list) >= TITLE_SIMILARITY) sets.union(i, j);
      }
      items.push(i);
      // Drop the expired head now and then so memory stays bounded.
      if (bucket.start > 1024) {
        bucket.items = items.slice(bucket.start);
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
    const key = quickUrlKey(headline.url);
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
