import type { BaseFilter, Filter, Library } from './types.js';
import { READ, STARRED } from './types.js';

/**
 * The offset that keeps `selected` inside a window of `height` rows, moving the window as little as
 * possible (ink-virtual-list's rule).
 */
export function keepInView(selected: number, offset: number, height: number): number {
  if (height <= 0) return 0;
  if (selected < offset) return Math.max(0, selected);
  if (selected >= offset + height) return selected - height + 1;
  return Math.max(0, offset);
}

// Lower-cased "title snippet" per headline, built on the first search only: it costs memory that an
// idle reader does not need.
const haystacks = new WeakMap<readonly unknown[], string[]>();

function haystackOf(lib: Library): string[] {
  let hay = haystacks.get(lib.headlines);
  if (!hay) {
    const snippets = lib.loadSnippets?.();
    hay = lib.headlines.map((h) => `${h.title}\n${h.snippet ?? snippets?.get(h.id) ?? ''}`.toLowerCase());
    haystacks.set(lib.headlines, hay);
  }
  return hay;
}

function baseTest(lib: Library, base: BaseFilter): ((i: number) => boolean) | undefined {
  switch (base.kind) {
    case 'all':
      return undefined;
    case 'unread':
      return (i) => !(lib.flags[i]! & READ);
    case 'starred':
      return (i) => (lib.flags[i]! & STARRED) !== 0;
    case 'feed':
      return (i) => lib.headlines[i]!.feed === base.url;
    case 'tag': {
      const feeds = new Set(lib.subscriptions.filter((s) => s.tags.includes(base.tag)).map((s) => s.url));
      return (i) => feeds.has(lib.headlines[i]!.feed);
    }
  }
}

/** Indices of the headlines the filter shows, newest first. Every word of the query must match. */
export function computeView(lib: Library, filter: Filter): Int32Array {
  const n = lib.headlines.length;
  const test = baseTest(lib, filter.base);
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = words.length > 0 ? haystackOf(lib) : undefined;
  const out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (test && !test(i)) continue;
    if (hay && !words.every((w) => hay[i]!.includes(w))) continue;
    out[k++] = i;
  }
  return k === n ? out : out.slice(0, k);
}

export function sameBase(a: BaseFilter, b: BaseFilter): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'feed' && b.kind === 'feed') return a.url === b.url;
  if (a.kind === 'tag' && b.kind === 'tag') return a.tag === b.tag;
  return true;
}
