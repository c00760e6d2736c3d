import type { Headline, Subscription } from '../../src/core/types.js';
import { buildLibrary } from '../../src/ui/state/library.js';

export const FEEDS: Subscription[] = [
  { url: 'http://127.0.0.1/a.xml', title: 'Alpha News', tags: ['world'], addedAt: '2026-01-01T00:00:00Z' },
  {
    url: 'http://127.0.0.1/b.xml',
    title: 'Beta Daily',
    tags: ['tech', 'world'],
    addedAt: '2026-01-01T00:00:00Z',
  },
];

/** `n` headlines alternating between the two feeds, newest first (h0 newest). */
export function headlines(n: number): Headline[] {
  const base = Date.parse('2026-11-27T08:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: `h${i}`,
    feed: FEEDS[i % 2]!.url,
    title: i === 3 ? 'Harbour storm closes the port' : `Story number ${i}`,
    url: `http://127.0.0.1/story/${i}`,
    published: new Date(base - i * 60_000).toISOString(),
    firstSeen: new Date(base - i * 60_000).toISOString(),
    snippet: i === 5 ? 'The ferry was late because of the storm' : `Snippet ${i}`,
  }));
}

export function library(n: number, read: readonly string[] = [], starred: readonly string[] = []) {
  const r = new Set(read);
  const s = new Set(starred);
  return buildLibrary(headlines(n), FEEDS, { isRead: (id) => r.has(id), isStarred: (id) => s.has(id) });
}
