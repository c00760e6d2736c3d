import { describe, expect, it } from 'vitest';
import { replaceFeeds } from '../../../src/ui/state/library.js';
import { READ } from '../../../src/ui/state/types.js';
import { FEEDS, headlines, library } from '../fixtures.js';

describe('replaceFeeds', () => {
  it('merges a refreshed feed in date order and keeps known read marks', () => {
    const lib = library(6, ['h1']);
    const beta = FEEDS[1]!.url;
    const fresh = [
      ...headlines(6).filter((h) => h.feed === beta),
      {
        id: 'new',
        feed: beta,
        title: 'Newest',
        published: '2026-11-27T09:00:00Z',
        firstSeen: '2026-11-27T09:00:00Z',
      },
    ];
    const next = replaceFeeds(lib, new Map([[beta, fresh]]), FEEDS, {
      isRead: () => false,
      isStarred: () => false,
    });
    expect(next.headlines.map((h) => h.id)).toEqual(['new', 'h0', 'h1', 'h2', 'h3', 'h4', 'h5']);
    expect(next.flags[next.indexById.get('h1')!]! & READ).toBe(READ);
    expect(next.unreadByFeed.get(beta)).toBe(3);
  });
});
