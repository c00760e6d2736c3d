import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshFeeds } from '../../src/core/refresh/refresh.js';
import { groupDuplicates } from '../../src/core/related/duplicates.js';
import { similarInFeeds } from '../../src/core/related/for-article.js';
import { openStore } from '../../src/core/store/store.js';
import type { Store } from '../../src/core/store/types.js';
import { type DemoHome, prepareDemoHome } from '../../src/demo/run.js';
import type { SiteStory } from '../../src/demo/site-model.js';

// The demo covers some events in several outlets so that "In your feeds" and "+N sources" have
// something to show; these guard that they do, on a refreshed demo home.
let demo: DemoHome;
let store: Store;
let byUrl: Map<string, SiteStory>;

beforeAll(async () => {
  demo = await prepareDemoHome();
  store = openStore(demo.home);
  await refreshFeeds(store);
  byUrl = new Map(demo.server.model.outlets.flatMap((o) => o.stories).map((s) => [s.url, s]));
});
afterAll(async () => {
  await demo.dispose();
});

describe('demo stories in a refreshed home', () => {
  it('find the same event told by another outlet among their three most similar stories', () => {
    let checked = 0;
    for (const headline of store.loadHeadlines()) {
      const story = byUrl.get(headline.url ?? '')!;
      const { event } = story.story;
      // Only stories whose event another outlet told in the same script, under another headline.
      const peers = [...byUrl.values()].filter(
        (p) =>
          event !== undefined &&
          p.story.event === event &&
          p.outlet !== story.outlet &&
          p.story.title !== story.story.title &&
          !['ja', 'zh'].includes(p.lang),
      );
      if (peers.length === 0 || ['ja', 'zh'].includes(story.lang)) continue;
      const article = store.loadArticle(headline.feed, headline.id)!;
      const top = similarInFeeds(store, article, 3).map((m) => byUrl.get(m.url ?? '')?.story.event);
      expect(top, story.story.title).toContain(event);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('group the wire story a paper republished under the same headline', () => {
    const groups = groupDuplicates(store.loadHeadlines()).filter((g) => g.others.length > 0);
    const titles = groups.map((g) => [g.primary, ...g.others].map((h) => h.title));
    expect(titles).toContainEqual([
      'Regional spice exports rebound as shipping costs fall',
      'Regional spice exports rebound as shipping costs fall',
    ]);
  });
});
