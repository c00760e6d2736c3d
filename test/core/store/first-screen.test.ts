import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/feeds/text.js';
import type { FirstScreen } from '../../../src/core/store/first-screen.js';
import { openStore } from '../../../src/core/store/store.js';
import type { Article } from '../../../src/core/types.js';
import { tempHome } from '../../helpers/run-cli.js';

const quiet = { onWarning: () => {} };
const FEED = 'http://127.0.0.1/a.xml';
const screen: FirstScreen = {
  total: 1,
  starred: 0,
  unreadByFeed: { [FEED]: 1 },
  rows: [['id1', FEED, 'Harbour storm', 'http://127.0.0.1/s/1', 1_700_000_000_000]],
};
const article = (id: string): Article => ({
  id,
  feed: FEED,
  title: `Story ${id}`,
  url: `http://127.0.0.1/s/${id}`,
  firstSeen: '2026-11-27T08:00:00.000Z',
  enclosures: [],
});

function seeded() {
  const home = tempHome();
  const store = openStore(home, quiet);
  store.addSubscription({ url: FEED, title: 'Alpha', tags: [], addedAt: '2026-11-27T08:00:00.000Z' });
  store.saveArticles(FEED, [article('id1')], htmlToText);
  return { home, store };
}

describe('the saved first screen', () => {
  it('is read back under the same stamp, also by another process opening the home', () => {
    const { home, store } = seeded();
    store.saveFirstScreen(store.contentStamp(), screen);
    const again = openStore(home, quiet);
    expect(again.loadFirstScreen(again.contentStamp())).toEqual(screen);
  });

  it('goes stale when marks, cached headlines or subscriptions change', () => {
    const changes: ((s: ReturnType<typeof seeded>['store']) => void)[] = [
      (s) => s.setRead(['id1'], true),
      (s) => s.setStarred(['id1'], true),
      (s) => s.saveArticles(FEED, [article('id1'), article('id2')], htmlToText),
      (s) => s.updateSubscriptions(new Map([[FEED, { title: 'Renamed' }]])),
      (s) => s.updateSubscriptions(new Map([[FEED, { tags: ['world'] }]])),
      (s) => s.addSubscription({ url: 'http://127.0.0.1/b.xml', title: 'B', tags: [], addedAt: '' }),
      (s) => s.removeSubscription(FEED),
    ];
    for (const change of changes) {
      const { home, store } = seeded();
      store.saveFirstScreen(store.contentStamp(), screen);
      change(openStore(home, quiet));
      const later = openStore(home, quiet);
      expect(later.loadFirstScreen(later.contentStamp()), String(change)).toBeUndefined();
    }
  });

  it('is a cache: a damaged or foreign file is not used and is not reported', () => {
    const warnings: string[] = [];
    const { home, store } = seeded();
    const file = path.join(home, 'cache', 'first-screen.json');
    for (const text of ['{not json', '{"v":1}', JSON.stringify({ v: 1, stamp: store.contentStamp() })]) {
      fs.writeFileSync(file, text);
      const again = openStore(home, { onWarning: (m) => warnings.push(m) });
      expect(again.loadFirstScreen(again.contentStamp())).toBeUndefined();
    }
    expect(warnings).toEqual([]);
  });
});
