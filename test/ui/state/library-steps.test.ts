import { describe, expect, it } from 'vitest';
import type { Headline, Subscription } from '../../../src/core/types.js';
import { buildLibrary, type HeadlineSource, librarySteps } from '../../../src/ui/state/library.js';
import type { Library } from '../../../src/ui/state/types.js';

/** 30 feeds of 40 headlines, interleaved in time; every 7th read, every 11th starred. */
function source(): HeadlineSource & { all: Headline[] } {
  const subs: Subscription[] = Array.from({ length: 30 }, (_, f) => ({
    url: `http://127.0.0.1/${f}.xml`,
    title: `Feed ${f}`,
    tags: [],
    addedAt: '2026-11-01T00:00:00Z',
  }));
  const byFeed = new Map<string, Headline[]>();
  const all: Headline[] = [];
  subs.forEach((sub, f) => {
    const rows = Array.from({ length: 40 }, (_, i) => {
      const t = Date.parse('2026-11-27T00:00:00Z') - (i * 30 + f) * 60_000;
      return {
        id: `${f}-${i}`,
        feed: sub.url,
        title: `Story ${i} of feed ${f}`,
        firstSeen: new Date(t).toISOString(),
      };
    });
    byFeed.set(sub.url, rows);
    all.push(...rows);
  });
  return {
    all,
    subscriptions: () => subs,
    loadHeadlines: (url) => byFeed.get(url) ?? [],
    isRead: (id) => Number(id.split('-')[1]) % 7 === 0,
    isStarred: (id) => Number(id.split('-')[1]) % 11 === 0,
  };
}

const view = (lib: Library) => ({
  ids: lib.headlines.map((h) => h.id),
  times: [...lib.times],
  flags: [...lib.flags],
  unread: [...lib.unreadByFeed],
});

describe('loading the whole library in steps', () => {
  it('gives the library buildLibrary gives, over several turns', () => {
    const src = source();
    const steps = librarySteps(src);
    let turns = 0;
    let next = steps.next();
    while (!next.done) {
      turns++;
      next = steps.next();
    }
    expect(turns).toBeGreaterThan(3);
    expect(view(next.value)).toEqual(view(buildLibrary(src.all, src.subscriptions(), src)));
  });
});
