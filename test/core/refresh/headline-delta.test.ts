import { describe, expect, it } from 'vitest';
import { headlineDelta } from '../../../src/core/refresh/headline-delta.js';
import type { Article } from '../../../src/core/types.js';

const FEED = 'http://127.0.0.1/feed.xml';
const article = (id: string, hour: number, extra: Partial<Article> = {}): Article => ({
  id,
  feed: FEED,
  title: `Story ${id}`,
  url: `http://127.0.0.1/${id}`,
  published: new Date(Date.UTC(2026, 10, 27, hour)).toISOString(),
  firstSeen: '2026-11-27T00:00:00.000Z',
  summary: `<p>Body of ${id}</p>`,
  enclosures: [],
  ...extra,
});

describe('headlineDelta', () => {
  it('names new headlines and gone ones, and counts what was there', () => {
    const before = [article('a', 3), article('b', 2), article('c', 1)];
    const after = [article('new', 4), article('a', 3), article('b', 2)];
    expect(headlineDelta(FEED, before, after)).toEqual({
      added: [
        {
          id: 'new',
          feed: FEED,
          title: 'Story new',
          url: 'http://127.0.0.1/new',
          published: '2026-11-27T04:00:00.000Z',
          firstSeen: '2026-11-27T00:00:00.000Z',
        },
      ],
      removed: ['c'],
      before: 3,
    });
  });

  it('removes and adds again a headline whose title, link or date changed, not one whose body did', () => {
    const before = [article('a', 3), article('b', 2), article('c', 1), article('d', 0)];
    const after = [
      article('a', 3, { title: 'Story a (updated)' }),
      article('b', 5),
      article('c', 1, { url: 'http://127.0.0.1/c-moved' }),
      article('d', 0, { summary: '<p>New body</p>' }),
    ];
    const delta = headlineDelta(FEED, before, after);
    expect([...delta.removed].sort()).toEqual(['a', 'b', 'c']);
    expect(delta.added.map((h) => [h.id, h.title, h.url])).toEqual([
      ['a', 'Story a (updated)', 'http://127.0.0.1/a'],
      ['b', 'Story b', 'http://127.0.0.1/b'],
      ['c', 'Story c', 'http://127.0.0.1/c-moved'],
    ]);
  });

  it('is empty when nothing a list shows changed', () => {
    const before = [article('a', 3)];
    expect(headlineDelta(FEED, before, [article('a', 3, { content: '<p>more</p>' })])).toEqual({
      added: [],
      removed: [],
      before: 1,
    });
  });
});
