import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshFeeds } from '../../../src/core/refresh/refresh.js';
import { segmentName } from '../../../src/core/related/files.js';
import { buildSegment } from '../../../src/core/related/segment.js';
import { encodeSegment } from '../../../src/core/related/segment-file.js';
import { openStore } from '../../../src/core/store/store.js';
import type { Article } from '../../../src/core/types.js';
import { rss, serve, startServer, type TestServer } from '../../helpers/http-server.js';
import { ROOT, runCli, tempHome } from '../../helpers/run-cli.js';

let server: TestServer;
const urls: string[] = [];

beforeAll(async () => {
  server = await startServer();
  const o = server.origin;
  for (let f = 0; f < 6; f++) {
    const items = Array.from({ length: 8 }, (_, i) => ({
      title: `Feed ${f} story ${i} &amp; &lt;b&gt;more&lt;/b&gt;`,
      link: `${o}/f${f}/${i}`,
      guid: `f${f}-${i}`,
      date: `Mon, 02 Mar 2026 ${String(10 + i).padStart(2, '0')}:00:00 GMT`,
      description: `&lt;p&gt;Summary of story ${i} in feed ${f}, with &lt;a href="/rel/${i}"&gt;a relative link&lt;/a&gt;.&lt;/p&gt;`,
    }));
    server.route(`/f${f}.xml`, serve(rss(`Feed ${f}`, items), 'application/rss+xml; charset=utf-8'));
    urls.push(`${o}/f${f}.xml`);
  }
  server.route('/broken.xml', serve('<rss><channel><title>x</title><item>', 'application/rss+xml'));
  server.route('/page.html', serve('<!doctype html><html><body>hi</body></html>', 'text/html'));
});

afterAll(() => server.close());

function subscribeAll(home: string, extra: readonly string[] = []): void {
  const store = openStore(home);
  for (const url of [...urls, ...extra])
    store.addSubscription({ url, title: url, tags: [], addedAt: '2026-03-01T00:00:00.000Z' });
}

/** Cached articles of every feed, without the first-seen times (they differ between two refreshes). */
function cachedArticles(home: string): Record<string, Omit<Article, 'firstSeen'>[]> {
  const store = openStore(home);
  return Object.fromEntries(
    urls.map((url) => [url, store.loadArticles(url).map(({ firstSeen: _seen, ...rest }) => rest)]),
  );
}

describe('refresh parse workers', () => {
  it('caches the same articles when the built binary parses in a worker as when parsing in-thread', async () => {
    expect(fs.existsSync(path.join(ROOT, 'dist', 'parse-worker.js'))).toBe(true);
    const inWorker = tempHome();
    const inThread = tempHome();
    subscribeAll(inWorker);
    subscribeAll(inThread);
    const result = await runCli(['refresh', '--json'], { home: inWorker });
    expect(result.code).toBe(0);
    const report = await refreshFeeds(openStore(inThread), { parseWorkers: 0 });
    expect(report.feeds.every((feed) => feed.status === 'ok')).toBe(true);
    const fromWorker = cachedArticles(inWorker);
    expect(Object.values(fromWorker).flat()).toHaveLength(48);
    expect(fromWorker).toEqual(cachedArticles(inThread));
    expect(JSON.parse(result.stdout).feeds.map((feed: { newItems: number }) => feed.newItems)).toEqual(
      report.feeds.map((feed) => feed.newItems),
    );
  });

  it('writes the related-stories segment of each refreshed feed as indexing its cached articles would', async () => {
    const home = tempHome();
    subscribeAll(home);
    expect((await runCli(['refresh', '--json'], { home })).code).toBe(0);
    const store = openStore(home);
    for (const url of urls) {
      const written = fs.readFileSync(path.join(home, 'related', segmentName(url)));
      expect(Buffer.compare(written, encodeSegment(buildSegment(url, store.loadArticles(url))))).toBe(0);
    }
  });

  it('reports broken and non-feed bodies per feed from the worker, and refreshes the rest', async () => {
    const home = tempHome();
    const broken = `${server.origin}/broken.xml`;
    const page = `${server.origin}/page.html`;
    subscribeAll(home, [broken, page]);
    const result = await runCli(['refresh', '--json'], { home });
    expect(result.code).toBe(0);
    const byUrl = new Map(
      JSON.parse(result.stdout).feeds.map((feed: { url: string; status: string; error: string | null }) => [
        feed.url,
        feed,
      ]),
    );
    expect(byUrl.get(page)).toMatchObject({ status: 'error', error: 'not a feed' });
    expect(byUrl.get(urls[0]!)).toMatchObject({ status: 'ok' });
    expect(Object.values(cachedArticles(home)).flat()).toHaveLength(48);
  });

  it('parses on the calling thread when no parse worker was built (running from sources)', async () => {
    const home = tempHome();
    subscribeAll(home);
    expect(fs.existsSync(path.join(import.meta.dirname, '../../../src/core/refresh/parse-worker.js'))).toBe(
      false,
    );
    const changed: string[] = [];
    const report = await refreshFeeds(openStore(home), {
      onFeedChanged: (feed) => changed.push(feed),
    });
    expect(report.feeds.map((feed) => feed.newItems)).toEqual(urls.map(() => 8));
    expect(changed.sort()).toEqual([...urls].sort());
    expect(Object.values(cachedArticles(home)).flat()).toHaveLength(48);
  });

  it("reports how each changed feed's headlines changed, as the cache then reads them back", async () => {
    const home = tempHome();
    subscribeAll(home);
    const first = await refreshFeeds(openStore(home), { wantDeltas: true });
    expect(Object.keys(first.deltas!).sort()).toEqual([...urls].sort());
    const store = openStore(home);
    for (const url of urls) {
      const delta = first.deltas![url]!;
      expect(delta.before).toBe(0);
      expect(delta.removed).toEqual([]);
      expect([...delta.added].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        store.loadHeadlines(url).sort((a, b) => a.id.localeCompare(b.id)),
      );
    }
    // Nothing changed the second time: no delta.
    const second = await refreshFeeds(openStore(home), { wantDeltas: true });
    expect(second.deltas).toEqual({});
  });
});
