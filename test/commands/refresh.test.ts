import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/store/store.js';
import { rss, serve, startServer, type TestServer } from '../helpers/http-server.js';
import { runCli, tempHome } from '../helpers/run-cli.js';

const ESC = '\u001b';
const hostile = `Evil ${ESC}]52;c;aGFja2Vk${ESC}\\title${ESC}[2J${ESC}]8;;http://x/${ESC}\\ here${ESC}]8;;${ESC}\\`;

let server: TestServer;
const feeds: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  const o = server.origin;
  const ok = rss('Plain Feed', [
    { title: 'First story', link: `${o}/a/1`, guid: 'a1', date: 'Mon, 02 Mar 2026 10:00:00 GMT' },
    { title: 'Second story', link: `${o}/a/2`, guid: 'a2', date: 'Mon, 02 Mar 2026 09:00:00 GMT' },
  ]);
  server.route('/ok.xml', serve(ok, 'application/rss+xml; charset=utf-8'));
  server.route('/gzip.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(rss('Gzipped Feed', [{ title: 'Compressed', link: `${o}/g/1` }])));
  });
  server.route('/moved.xml', (_req, res) => {
    res.writeHead(301, { location: '/ok-again.xml' });
    res.end();
  });
  server.route(
    '/ok-again.xml',
    serve(rss('Moved Feed', [{ title: 'After redirect', link: `${o}/m/1` }]), 'text/xml'),
  );
  server.route('/loop-a', (_req, res) => {
    res.writeHead(302, { location: '/loop-b' });
    res.end();
  });
  server.route('/loop-b', (_req, res) => {
    res.writeHead(302, { location: '/loop-a' });
    res.end();
  });
  server.route('/error.xml', (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('boom');
  });
  server.route('/slow.xml', () => {
    // never answers: the per-request deadline must fire
  });
  server.route('/huge.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < 50 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => {});
    pump();
  });
  server.route(
    '/page.html',
    serve('<!doctype html><html><body><h1>Not a feed</h1></body></html>', 'text/html'),
  );
  const cyrillic = rss('Новости', [{ title: 'Привет, мир', link: `${o}/k/1` }]).replace('UTF-8', 'KOI8-R');
  server.route('/koi8.xml', serve(iconv.encode(cyrillic, 'koi8-r'), 'application/rss+xml'));
  const western = rss('Café €uro', [{ title: '“Curly” quotes – and € signs', link: `${o}/w/1` }]).replace(
    'UTF-8',
    'windows-1252',
  );
  server.route('/cp1252.xml', serve(iconv.encode(western, 'windows-1252'), 'application/rss+xml'));
  server.route(
    '/hostile.xml',
    serve(
      rss('Hostile XML', [{ title: hostile.replaceAll(ESC, '&#27;'), link: `${o}/h/1` }]),
      'application/rss+xml',
    ),
  );
  server.route(
    '/hostile.json',
    serve(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Hostile JSON',
        items: [{ id: 'j1', url: `${o}/j/1`, title: hostile, content_text: 'x' }],
      }),
      'application/feed+json',
    ),
  );
  for (const name of [
    'ok.xml',
    'gzip.xml',
    'moved.xml',
    'loop-a',
    'error.xml',
    'slow.xml',
    'huge.xml',
    'page.html',
    'koi8.xml',
    'cp1252.xml',
    'hostile.xml',
    'hostile.json',
    'missing.xml',
  ]) {
    feeds[name] = `${o}/${name}`;
  }
});

afterAll(() => server.close());

function homeWith(urls: readonly string[]): string {
  const home = tempHome();
  const store = openStore(home, { onWarning: () => {} });
  for (const url of urls)
    store.addSubscription({ url, title: url, tags: [], addedAt: new Date().toISOString() });
  store.updateSettings({ timeoutMs: 1500, maxBytes: 1024 * 1024 });
  return home;
}

type Report = {
  feeds: { url: string; title: string; status: string; newItems: number; error: string | null }[];
  durationMs: number;
};

describe('newsink refresh', () => {
  it('fetches every feed, reports each one, and one failure never stops the others', async () => {
    const home = homeWith(Object.values(feeds));
    const result = await runCli(['refresh', '--json'], { home });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const by = (name: string) => report.feeds.find((feed) => feed.url === feeds[name])!;
    expect(by('ok.xml')).toMatchObject({ status: 'ok', newItems: 2, title: 'Plain Feed', error: null });
    expect(by('gzip.xml')).toMatchObject({ status: 'ok', newItems: 1 });
    expect(by('moved.xml')).toMatchObject({ status: 'ok', title: 'Moved Feed' });
    expect(by('loop-a').error).toMatch(/redirect/i);
    expect(by('error.xml')).toMatchObject({ status: 'error' });
    expect(by('error.xml').error).toMatch(/500/);
    expect(by('missing.xml').error).toMatch(/404/);
    expect(by('slow.xml').error).toMatch(/timed out/i);
    expect(by('huge.xml').error).toMatch(/larger than/i);
    expect(by('page.html').error).toBe('not a feed');
    expect(report.durationMs).toBeGreaterThan(0);
    // Each failing feed keeps its status and error for "newsink feeds".
    const listed = JSON.parse((await runCli(['feeds', '--json'], { home })).stdout) as {
      url: string;
      status: string;
      error: string | null;
    }[];
    expect(listed.find((feed) => feed.url === feeds['error.xml'])).toMatchObject({ status: 'error' });
  });

  it('decodes legacy charsets (KOI8-R, windows-1252) correctly', async () => {
    const home = homeWith([feeds['koi8.xml']!, feeds['cp1252.xml']!]);
    await runCli(['refresh'], { home });
    const list = JSON.parse((await runCli(['list', '--json'], { home })).stdout) as {
      title: string;
      feedTitle: string;
    }[];
    const titles = list.map((item) => item.title).sort();
    expect(titles).toEqual(['Привет, мир', '“Curly” quotes – and € signs']);
    expect(list.map((item) => item.feedTitle).sort()).toEqual(['Café €uro', 'Новости']);
  });

  it('never lets escape sequences from feed titles reach the output', async () => {
    const home = homeWith([feeds['hostile.xml']!, feeds['hostile.json']!]);
    await runCli(['refresh'], { home });
    const plain = await runCli(['list'], { home });
    const json = await runCli(['list', '--json'], { home });
    for (const output of [plain.stdout, json.stdout, JSON.stringify(JSON.parse(json.stdout))]) {
      expect(output).not.toContain(ESC);
      expect(output).not.toMatch(/\\u001b/i);
      expect(output).not.toContain('\u0007');
    }
    expect(plain.stdout).toContain('Evil title here');
  });

  it('asks with validators the second time and rewrites no cached articles on 304', async () => {
    const home = homeWith([feeds['ok.xml']!, feeds['moved.xml']!]);
    await runCli(['refresh'], { home });
    const before = snapshot(home);
    const result = await runCli(['refresh', '--json'], { home });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.feeds.map((feed) => feed.status)).toEqual(['not-modified', 'not-modified']);
    const after = snapshot(home);
    const changed = Object.keys(after).filter((file) => after[file] !== before[file]);
    expect(changed).toEqual(['feeds.json']);
  });

  it('exits 1 when every feed failed', async () => {
    const home = homeWith([feeds['missing.xml']!]);
    const result = await runCli(['refresh'], { home });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/1 failed/);
  });

  it('lists the first ten failures and counts the rest, so a network that is down is one screen', async () => {
    const urls = Array.from({ length: 13 }, (_, i) => `${server.origin}/gone-${i}.xml`);
    const result = await runCli(['refresh'], { home: homeWith([feeds['ok.xml']!, ...urls]) });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((line) => /^failed {2}http:.*HTTP 404/.test(line))).toHaveLength(10);
    expect(lines).toContain('failed  3 more ("newsink feeds" shows each feed\'s last error)');
    expect(lines.at(-1)).toMatch(/^14 feeds refreshed in [\d.]+ s: 2 new stories, 13 failed$/);
  });
});

/** File → mtime+size of everything in the home. */
function snapshot(home: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(home, { recursive: true }).map(String)) {
    const stat = fs.statSync(path.join(home, name));
    if (stat.isFile()) out[name] = `${stat.mtimeMs}:${stat.size}`;
  }
  return out;
}
