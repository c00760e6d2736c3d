import { describe, expect, it } from 'vitest';
import { groupDuplicates } from '../../../src/core/related/duplicates.js';
import type { Headline } from '../../../src/core/types.js';

function headline(id: string, feed: string, title: string, published: string, url?: string): Headline {
  return { id, feed, title, published, firstSeen: published, url };
}

const ids = (groups: ReturnType<typeof groupDuplicates>) =>
  groups.map((group) => [group.primary.id, ...group.others.map((other) => other.id)]);

describe('groupDuplicates', () => {
  it('groups the same story from several feeds and keeps input order', () => {
    const groups = groupDuplicates([
      headline(
        'a1',
        'feed-a',
        'Mount Semeru erupts, thousands flee ash in East Java',
        '2026-11-21T08:00:00Z',
      ),
      headline('b1', 'feed-b', 'Central bank holds interest rates steady', '2026-11-21T07:00:00Z'),
      headline(
        'c1',
        'feed-c',
        'Mount Semeru erupts as thousands flee ash in East Java',
        '2026-11-21T10:00:00Z',
      ),
      headline(
        'd1',
        'feed-d',
        'MOUNT SEMERU ERUPTS, THOUSANDS FLEE ASH IN EAST JAVA',
        '2026-11-22T20:00:00Z',
      ),
    ]);
    expect(ids(groups)).toEqual([['a1', 'c1', 'd1'], ['b1']]);
  });

  it('groups links to the same URL whatever their titles', () => {
    const groups = groupDuplicates([
      headline(
        'a',
        'feed-a',
        'Port strike halts exports',
        '2026-11-20T00:00:00Z',
        'https://www.site.example/story?utm_source=rss',
      ),
      headline(
        'b',
        'feed-b',
        'Dock workers walk out',
        '2026-11-28T00:00:00Z',
        'http://site.example/story/#top',
      ),
    ]);
    expect(ids(groups)).toEqual([['a', 'b']]);
  });

  it('does not group similar titles more than 48 hours apart, from the same feed, or merely alike', () => {
    const groups = groupDuplicates([
      headline('a', 'feed-a', 'Mount Semeru erupts, thousands flee ash in East Java', '2026-11-21T08:00:00Z'),
      headline('b', 'feed-b', 'Mount Semeru erupts, thousands flee ash in East Java', '2026-11-24T08:00:00Z'),
      headline('c', 'feed-a', 'Mount Semeru erupts, thousands flee ash in East Java', '2026-11-21T09:00:00Z'),
      headline('d', 'feed-c', 'Mount Merapi erupts, villagers told to stay inside', '2026-11-21T09:00:00Z'),
    ]);
    expect(ids(groups)).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('groups titles in scripts without spaces', () => {
    const groups = groupDuplicates([
      headline('a', 'feed-a', '東京都心で大雪 交通機関に大きな乱れ', '2026-11-27T01:00:00Z'),
      headline('b', 'feed-b', '東京都心で大雪、交通機関に大きな乱れ', '2026-11-27T02:00:00Z'),
      headline('c', 'feed-c', '大阪で記録的な猛暑 熱中症に警戒', '2026-11-27T02:00:00Z'),
    ]);
    expect(ids(groups)).toEqual([['a', 'b'], ['c']]);
  });

  it('handles an empty list', () => {
    expect(groupDuplicates([])).toEqual([]);
  });
});
