/**
 * Terms are kept as 32-bit hashes (FNV-1a with a final mix): segments then need no vocabulary, and
 * loading needs no string map. Two of some 300,000 distinct terms may share a hash; merging two rare
 * words costs a little precision and nothing else.
 */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * Index of `hash` in an ascending array of hashes, or -1. Hashes are spread evenly, so interpolation
 * lands next to the answer in two or three steps where bisection would take fourteen.
 */
export function findTerm(sorted: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (hi - lo > 16) {
    const low = sorted[lo]!;
    const high = sorted[hi]!;
    if (hash < low || hash > high) return -1;
    const mid = lo + Math.floor(((hash - low) / (high - low + 1)) * (hi - lo));
    const value = sorted[mid]!;
    if (value === hash) return mid;
    if (value < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = sorted[mid]!;
    if (value === hash) return mid;
    if (value < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
