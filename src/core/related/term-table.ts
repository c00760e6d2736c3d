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

/** Open-addressing table from a nonzero 32-bit hash to a dense number (0, 1, 2, … in order of insertion). */
export class HashIds {
  #keys = new Uint32Array(1 << 16);
  #values = new Uint32Array(1 << 16);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The hash's number, adding it if new. */
  intern(hash: number): number {
    const key = hash || 1;
    if (this.#size * 2 >= this.#keys.length) this.#grow();
    const mask = this.#keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const found = this.#keys[slot]!;
      if (found === key) return this.#values[slot]!;
      if (found === 0) {
        this.#keys[slot] = key;
        this.#values[slot] = this.#size;
        return this.#size++;
      }
    }
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Uint32Array(keys.length * 2);
    this.#values = new Uint32Array(keys.length * 2);
    const mask = this.#keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === 0) continue;
      let slot = key & mask;
      while (this.#keys[slot] !== 0) slot = (slot + 1) & mask;
      this.#keys[slot] = key;
      this.#values[slot] = values[i]!;
    }
  }
}
