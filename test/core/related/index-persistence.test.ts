import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRelatedIndex } from '../../../src/core/related/related-index.js';
import { POST, post, WIRE, wire } from './articles.js';
import { seededStore, tempHome } from './homes.js';

const semeru = {
  title: 'Semeru eruption forces Lumajang villagers to flee ash',
  published: '2026-11-21T12:00:00Z',
};

describe('related index on disk', () => {
  it('keeps what was saved across a reopen, one file per feed', () => {
    const home = tempHome();
    const index = openRelatedIndex(home);
    index.updateFeed(WIRE, wire);
    index.updateFeed(POST, post);
    const before = index.similar(semeru);
    index.save();
    expect(fs.readdirSync(path.join(home, 'related')).filter((name) => name.endsWith('.seg'))).toHaveLength(
      2,
    );
    const reopened = openRelatedIndex(home);
    expect(reopened.similar(semeru)).toEqual(before);
    expect(reopened.warnings).toEqual([]);
  });

  it('replaces a feed on update and forgets it on remove', () => {
    const home = tempHome();
    const index = openRelatedIndex(home);
    index.updateFeed(WIRE, wire);
    index.updateFeed(POST, post);
    index.save();
    const again = openRelatedIndex(home);
    again.updateFeed(
      POST,
      post.filter((article) => article.id !== 'p1'),
    );
    again.removeFeed(WIRE);
    again.save();
    const ids = openRelatedIndex(home)
      .similar(semeru, 10)
      .map((match) => match.id);
    expect(ids).not.toContain('p1');
    expect(ids.some((id) => id.startsWith('w'))).toBe(false);
    expect(ids).toContain('p3');
  });

  it('moves a corrupt file aside, warns, and rebuilds that feed from the cache', () => {
    const home = tempHome();
    const store = seededStore(home);
    const index = openRelatedIndex(home, { store });
    const expected = index.similar(semeru);
    expect(expected.map((match) => match.id)).toContain('p1');
    index.save();
    const dir = path.join(home, 'related');
    const [victim] = fs.readdirSync(dir).filter((name) => name.endsWith('.seg'));
    fs.writeFileSync(path.join(dir, victim!), 'not an index at all');
    const warnings: string[] = [];
    const reopened = openRelatedIndex(home, { store, onWarning: (message) => warnings.push(message) });
    expect(reopened.similar(semeru)).toEqual(expected);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('moved to');
    expect(reopened.warnings).toEqual(warnings);
    expect(fs.readdirSync(dir).some((name) => name.startsWith(`${victim}.corrupt-`))).toBe(true);
    reopened.save();
    expect(openRelatedIndex(home).similar(semeru)).toEqual(expected);
  });

  it('drops feeds the store no longer subscribes to', () => {
    const home = tempHome();
    const store = seededStore(home);
    openRelatedIndex(home, { store }).similar(semeru);
    store.removeSubscription(POST);
    const ids = openRelatedIndex(home, { store })
      .similar(semeru, 10)
      .map((match) => match.id);
    expect(ids.some((id) => id.startsWith('p'))).toBe(false);
    expect(ids).toContain('w1');
  });
});
