import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../src/demo/server.js';
import { get, gunzip } from './helpers.js';

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

const FEED_TYPES: Record<string, string> = {
  'harbor-ledger': 'application/atom+xml; charset=utf-8',
  'kabar-pelabuhan': 'application/rss+xml; charset=windows-1252',
  'morning-wire': 'application/feed+json; charset=utf-8',
  'lantern-tech': 'application/rss+xml; charset=utf-8',
};

describe('demo server', () => {
  it('listens on 127.0.0.1 and lists four feeds with titles and tags', () => {
    expect(demo.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.feeds).toHaveLength(4);
    for (const feed of demo.feeds) {
      expect(feed.url.startsWith(`${demo.origin}/feeds/`)).toBe(true);
      expect(feed.title).not.toBe('');
      expect(feed.tags.length).toBeGreaterThan(0);
    }
  });

  it('serves each feed with its media type and charset, and a 304 for a matching ETag or date', async () => {
    for (const site of demo.model.outlets) {
      const first = await get(site.feedUrl);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toBe(FEED_TYPES[site.outlet.id]);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(site.feedUrl, { 'If-None-Match': etag! });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      const changed = await get(site.feedUrl, { 'If-None-Match': '"something-else"' });
      expect(changed.status).toBe(200);
      const since = first.headers.get('last-modified')!;
      expect((await get(site.feedUrl, { 'If-Modified-Since': since })).status).toBe(304);
      const before = new Date(Date.parse(since) - 60_000).toUTCString();
      expect((await get(site.feedUrl, { 'If-Modified-Since': before })).status).toBe(200);
    }
  });

  it('serves every story page and picture with a charset and an ETag', async () => {
    const stories = demo.model.outlets.flatMap((o) => o.stories);
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const s of stories) {
      const page = await get(s.url);
      expect(page.status, s.url).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('etag')).toBeTruthy();
      const picture = await get(s.imageUrl);
      expect(picture.status).toBe(200);
      expect(picture.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    }
  });

  it('gzips a response when the client asks for it, and not otherwise', async () => {
    const url = demo.model.outlets[0]!.stories[0]!.url;
    const plain = await get(url, { 'Accept-Encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // fetch() decompresses on its own, so ask through a raw request to see the wire bytes.
    const http = await import('node:http');
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzip(raw.body)).toBe(Buffer.from(plain.bytes).toString('utf8'));
  });

  it('encodes the windows-1252 feed in that code page, curly quotes and dashes included', async () => {
    const site = demo.model.outlets.find((o) => o.outlet.feedCharset === 'windows-1252')!;
    const { bytes } = await get(site.feedUrl);
    const text = iconv.decode(Buffer.from(bytes), 'windows-1252');
    expect(text.startsWith('<?xml version="1.0" encoding="windows-1252"?>')).toBe(true);
    expect(text).toContain('Kalima–Tanjung');
    expect(text).toContain('“Pari Raksasa”');
    // 0x96 is the en dash in windows-1252; the same text in UTF-8 would be E2 80 93.
    expect(bytes.includes(0x96)).toBe(true);
    expect(Buffer.from(bytes).includes(Buffer.from('–', 'utf8'))).toBe(false);
  });

  it('answers 404 for an unknown path and 405 for a POST', async () => {
    expect((await get(`${demo.origin}/nowhere`)).status).toBe(404);
    const post = await fetch(`${demo.origin}/`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('dates stories relative to the moment it started, newest within a few hours', () => {
    const now = Date.now();
    for (const site of demo.model.outlets) {
      const newest = site.stories[0]!.published.getTime();
      expect(now - newest).toBeLessThan(24 * 3_600_000);
      for (const s of site.stories) expect(s.published.getTime()).toBeLessThanOrEqual(now);
    }
  });
});
