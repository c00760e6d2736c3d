import { existsSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { refreshFeeds } from '../../src/core/refresh/refresh.js';
import { openStore } from '../../src/core/store/store.js';
import { prepareDemoHome } from '../../src/demo/run.js';

describe('demo home', () => {
  it('subscribes a fresh temp home to the four demo feeds and nothing else', async () => {
    const demo = await prepareDemoHome();
    try {
      expect(demo.home.startsWith(os.tmpdir())).toBe(true);
      const store = openStore(demo.home);
      expect(store.subscriptions().map((s) => s.url)).toEqual(demo.server.feeds.map((f) => f.url));
      expect(store.isInitialized()).toBe(true);
    } finally {
      await demo.dispose();
    }
    expect(existsSync(demo.home)).toBe(false);
  });

  it('fills the home with every story on the first refresh, and the second answers 304', async () => {
    const demo = await prepareDemoHome();
    try {
      const store = openStore(demo.home);
      const first = await refreshFeeds(store);
      expect(first.feeds.map((f) => [f.title, f.status, f.error])).toEqual(
        demo.server.feeds.map((f) => [f.title, 'ok', undefined]),
      );
      const stories = demo.server.model.outlets.reduce((n, o) => n + o.stories.length, 0);
      expect(store.loadHeadlines()).toHaveLength(stories);
      const second = await refreshFeeds(store);
      expect(second.feeds.every((f) => f.status === 'not-modified')).toBe(true);
    } finally {
      await demo.dispose();
    }
  });
});
