import { describe, expect, it } from 'vitest';
import { openRelatedIndex } from '../../../src/core/related/related-index.js';
import { KOMPAS, kompas, POST, post, WIRE, wire } from './articles.js';
import { tempHome } from './homes.js';

function indexed() {
  const index = openRelatedIndex(tempHome());
  index.updateFeed(WIRE, wire);
  index.updateFeed(POST, post);
  index.updateFeed(KOMPAS, kompas);
  return index;
}

describe('similar stories across feeds', () => {
  it('ranks the same event from another outlet first', () => {
    const index = indexed();
    const [first, ...rest] = index.similar({
      id: 'w1',
      url: 'https://wire.example/w1',
      title: wire[0]!.title,
      text: wire[0]!.summary,
      published: wire[0]!.published,
    });
    expect(first).toMatchObject({
      id: 'p1',
      feed: POST,
      title: 'Semeru eruption: Lumajang residents evacuated as ash falls',
    });
    expect(first!.score).toBeGreaterThan(0);
    expect(first!.score).toBeLessThanOrEqual(1);
    // The Indonesian report of the same eruption is found through the names it shares.
    expect(rest.map((match) => match.id)).toContain('k1');
    expect(rest.every((match) => match.score <= first!.score)).toBe(true);
  });

  it('finds the Indonesian coverage of an Indonesian story first', () => {
    const index = indexed();
    const [first] = index.similar({
      title: 'Banjir Rendam Ribuan Rumah di Jakarta Timur, Warga Mengungsi',
      published: '2026-11-18T06:00:00Z',
    });
    expect(first).toMatchObject({ id: 'k2', feed: KOMPAS });
  });

  it('leaves out the story itself, its exact duplicates and stories outside the date window', () => {
    const index = indexed();
    const ids = index
      .similar(
        {
          id: 'w1',
          url: 'https://wire.example/w1',
          title: wire[0]!.title,
          text: wire[0]!.summary,
          published: wire[0]!.published,
        },
        10,
      )
      .map((match) => match.id);
    expect(ids).not.toContain('w1');
    expect(ids).not.toContain('p3'); // same title in another feed
    expect(ids).not.toContain('p4'); // a year earlier
    // The central-bank story shares only common words: if listed at all, it comes after the eruption reports.
    if (ids.includes('w3')) expect(ids.indexOf('w3')).toBeGreaterThan(ids.indexOf('k1'));
  });

  it('uses the cached text of a story looked up by id alone', () => {
    const index = indexed();
    const withText = index.similar({ id: 'k1', title: kompas[0]!.title, text: kompas[0]!.summary });
    const byId = index.similar({ id: 'k1', title: kompas[0]!.title });
    expect(byId.map((match) => match.id)).toEqual(withText.map((match) => match.id));
    expect(byId.map((match) => match.id)).toContain('p1');
    // Its date comes from the cache too: the year-old story stays out of the window.
    expect(byId.map((match) => match.id)).not.toContain('p4');
  });

  it('respects the limit and returns nothing for an empty index', () => {
    expect(indexed().similar({ title: 'Semeru Lumajang ash' }, 1)).toHaveLength(1);
    expect(openRelatedIndex(tempHome()).similar({ title: 'anything at all' })).toEqual([]);
  });
});
