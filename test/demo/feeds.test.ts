import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/core/feeds/parse.js';
import { type DemoServer, startDemoServer } from '../../src/demo/server.js';
import { get, parsePage } from './helpers.js';

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

describe('demo feeds', () => {
  it('parse with newsink’s own parser, every item linking to its page on the server', async () => {
    for (const feed of demo.feeds) {
      const res = await get(feed.url);
      const parsed = await parseFeed(res.bytes, res.headers.get('content-type') ?? undefined, feed.url);
      expect(parsed.title).toBe(feed.title);
      expect(parsed.items.length).toBeGreaterThanOrEqual(5);
      for (const item of parsed.items) {
        expect(item.url?.startsWith(`${demo.origin}/`), item.url).toBe(true);
        expect(item.published, item.title).toBeTruthy();
        expect(item.summary, item.title).toBeTruthy();
        const page = await get(item.url!);
        expect(page.status).toBe(200);
        const doc = parsePage(Buffer.from(page.bytes).toString('utf8'));
        expect(doc.querySelector('h1')?.textContent).toBe(item.title);
      }
    }
  });

  it('read the windows-1252 feed’s curly quotes and dashes as the same characters', async () => {
    const feed = demo.model.outlets.find((o) => o.outlet.feedCharset === 'windows-1252')!;
    const res = await get(feed.feedUrl);
    const parsed = await parseFeed(res.bytes, res.headers.get('content-type') ?? undefined, feed.feedUrl);
    const titles = parsed.items.map((i) => i.title);
    expect(titles).toContain('Feri listrik Camar Biru mulai berlayar, Kalima–Tanjung cukup 25 menit');
    expect(parsed.items.map((i) => i.summary).join(' ')).toContain('“Pari Raksasa”');
  });

  it('carry wide-character titles intact', async () => {
    const feed = demo.model.outlets.find((o) => o.outlet.id === 'lantern-tech')!;
    const res = await get(feed.feedUrl);
    const parsed = await parseFeed(res.bytes, res.headers.get('content-type') ?? undefined, feed.feedUrl);
    expect(parsed.items.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        'カリマ湾の電動フェリー、桟橋の太陽光で15分充電',
        '卡利马公开公交和渡轮时刻表数据',
      ]),
    );
  });
});
