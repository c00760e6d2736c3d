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
  return h >>> 0 || 1;
}

/** Open-addressing table from a term hash to a dense term number (0, 1, 2, … in order of insertion). */
export class TermTable {
  #keys = new Uint32Array(1 << 16);
  #values = new Uint32Array(1 << 16);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The term's number, or -1. */
  get(hash: number): number {
    const mask = this.#keys.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.#keys[slot]!;
      if (key === hash) return this.#values[slot]!;
      if (key === 0) return -1;
    }
  }

  /** The term's number, adding it if new. */
  intern(hash: number): number {
    if (this.#size * 2 >= this.#keys.length) this.#grow();
    const mask = this.#keys.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.#keys[slot]!;
      if (key === hash) return this.#values[slot]!;
      if (key === 0) {
        this.#keys[slot] = hash;
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
