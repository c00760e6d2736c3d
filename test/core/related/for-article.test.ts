import { describe, expect, it } from 'vitest';
import { relatedForArticle } from '../../../src/core/related/for-article.js';
import { kompas, post, WIRE, wire } from './articles.js';
import { seededStore } from './homes.js';

describe('relatedForArticle', () => {
  it('lists the page links first, in page order, then feed matches, never one URL twice', () => {
    const home = seededStore().home;
    const p1 = post[0]!;
    const related = relatedForArticle(
      home,
      {
        url: 'https://elsewhere.example/semeru-live',
        title: 'Semeru eruption live: Lumajang villagers flee hot ash',
        published: '2026-11-21T12:00:00Z',
      },
      [
        { title: 'Live map of the ash cloud', url: 'https://elsewhere.example/ash-map' },
        { title: p1.title, url: `${p1.url!}#comments` },
        { title: 'The same page again', url: 'https://elsewhere.example/semeru-live' },
      ],
    );
    expect(related.slice(0, 2)).toEqual([
      { title: 'Live map of the ash cloud', url: 'https://elsewhere.example/ash-map', source: 'page' },
      { title: p1.title, url: `${p1.url!}#comments`, source: 'page' },
    ]);
    const feeds = related.slice(2);
    expect(feeds.length).toBeGreaterThan(0);
    expect(feeds.every((entry) => entry.source === 'feeds' && entry.feed && entry.score! > 0)).toBe(true);
    expect(feeds.map((entry) => entry.id)).not.toContain('p1');
    expect(feeds[0]).toMatchObject({ id: 'w1', feed: WIRE, feedTitle: 'Wire', url: wire[0]!.url });
  });

  it('computes feed matches against the cached story when its URL is in the cache', () => {
    const home = seededStore().home;
    const k1 = kompas[0]!;
    // The page gave only a bare title; the cached copy (with its summary and date) is what is matched.
    const related = relatedForArticle(home, { url: k1.url, title: 'Gunung Semeru' }, []);
    expect(related.map((entry) => entry.id)).not.toContain('k1');
    expect(related.map((entry) => entry.id)).toContain('p1');
    expect(related.map((entry) => entry.id)).not.toContain('p4');
  });
});
