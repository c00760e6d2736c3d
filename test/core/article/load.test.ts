import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFulltextCache } from '../../../src/core/article/fulltext-cache.js';
import { loadFullText } from '../../../src/core/article/load.js';

const page = fs.readFileSync(
  path.join(import.meta.dirname, '..', '..', 'fixtures', 'pages', 'share-bar.html'),
);
const latin1 = Buffer.from(
  `<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><article><p>${'Le caf\xe9 du port a rouvert ses portes apr\xe8s les travaux du pont. '.repeat(8)}</p></article></body></html>`,
  'latin1',
);
let server: http.Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits++;
    if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/latin1') res.writeHead(200, { 'content-type': 'text/html' }).end(latin1);
    else if (req.url === '/report.pdf')
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('<p>late</p>'), 3000);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('loadFullText', () => {
  it('fetches, extracts and caches; the second call is served from the cache', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-load-'));
    const cache = createFulltextCache(home);
    const before = hits;
    const first = await loadFullText(`${base}/story`, { cache });
    expect(first.text).toContain('The harbour bridge reopened');
    expect(first.links[0]?.url).toBe('https://council.example/report.pdf');
    const second = await loadFullText(`${base}/story`, { cache });
    expect(second).toEqual(first);
    expect(hits - before).toBe(1);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('decodes the charset a page declares in <meta charset>', async () => {
    const article = await loadFullText(`${base}/latin1`);
    expect(article.text).toContain('Le café du port a rouvert ses portes après');
  });

  it('rejects a 404 with a message naming the status', async () => {
    await expect(loadFullText(`${base}/gone`)).rejects.toThrow(/404/);
  });

  it('rejects a page that does not answer in time', async () => {
    await expect(loadFullText(`${base}/slow`, { fetch: { timeoutMs: 300 } })).rejects.toMatchObject({
      kind: 'timeout',
    });
  });

  it('rejects non-HTML content with its type', async () => {
    await expect(loadFullText(`${base}/report.pdf`)).rejects.toThrow('not an HTML page (application/pdf)');
  });

  it('refuses URLs that are not http(s)', async () => {
    await expect(loadFullText('file:///etc/passwd')).rejects.toThrow(/not an http\(s\) URL/);
  });
});
