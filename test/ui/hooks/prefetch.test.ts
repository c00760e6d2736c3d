import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFulltextCache } from '../../../src/core/article/fulltext-cache.js';
import { openStore } from '../../../src/core/store/store.js';
import { prefetchFullText } from '../../../src/ui/hooks/article.js';
import { nextUnreadUrls } from '../../../src/ui/hooks/prefetch.js';
import { initialState } from '../../../src/ui/state/initial.js';
import { serve, startServer, type TestServer } from '../../helpers/http-server.js';
import { tempHome } from '../../helpers/run-cli.js';
import { library } from '../fixtures.js';

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `${'<p>The harbour authority said the new ferry would run every half hour from the old pier.</p>'.repeat(6)}` +
  '</article></body></html>';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.route('/one', serve(page('First story'), 'text/html; charset=utf-8'));
  server.route('/two', serve(page('Second story'), 'text/html; charset=utf-8'));
});
afterAll(() => server.close());

describe('prefetching full text when idle', () => {
  it('picks the next unread stories from the selection on', () => {
    const state = initialState(library(8, ['h1', 'h2']), 120, 40);
    expect(nextUnreadUrls(state, 3)).toEqual([
      'http://127.0.0.1/story/0',
      'http://127.0.0.1/story/3',
      'http://127.0.0.1/story/4',
    ]);
  });

  it('fills the full-text cache, so opening the story later needs no network', async () => {
    const home = tempHome();
    const store = openStore(home, { onWarning: () => {} });
    const urls = [`${server.origin}/one`, `${server.origin}/two`];
    await prefetchFullText(store, urls, () => false);
    const cache = createFulltextCache(home);
    expect(cache.get(urls[0]!)?.title).toBe('First story');
    expect(cache.get(urls[1]!)?.text).toContain('every half hour');
    const before = server.log.length;
    await prefetchFullText(store, urls, () => false);
    expect(server.log.length).toBe(before);
  });

  it('stops when told to (a key was pressed)', async () => {
    const store = openStore(tempHome(), { onWarning: () => {} });
    const before = server.log.length;
    await prefetchFullText(store, [`${server.origin}/one`], () => true);
    expect(server.log.length).toBe(before);
  });
});
