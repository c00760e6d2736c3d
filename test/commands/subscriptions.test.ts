import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, serve, startServer, type TestServer } from '../helpers/http-server.js';
import { BIN, runCli, tempHome } from '../helpers/run-cli.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  const o = server.origin;
  server.route(
    '/feed.xml',
    serve(
      rss('Kabar Daerah', [
        { title: 'Banjir di Semarang', link: `${o}/1`, guid: 'k1', date: 'Tue, 03 Mar 2026 08:00:00 +0700' },
        {
          title: 'Festival budaya dibuka',
          link: `${o}/2`,
          guid: 'k2',
          date: 'Tue, 03 Mar 2026 07:00:00 +0700',
        },
        { title: 'Harga cabai naik', link: `${o}/3`, guid: 'k3', date: 'Mon, 02 Mar 2026 07:00:00 +0700' },
      ]),
      'application/rss+xml',
    ),
  );
  server.route(
    '/blog/',
    serve(
      '<!doctype html><html><head><title>Blog</title>' +
        '<link rel="alternate" type="application/atom+xml" title="Atom" href="atom.xml"></head><body>hi</body></html>',
      'text/html; charset=utf-8',
    ),
  );
  server.route(
    '/blog/atom.xml',
    serve(
      '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>An Atom Blog</title>' +
        `<link href="${o}/blog/"/><id>urn:x</id><updated>2026-03-01T00:00:00Z</updated>` +
        `<entry><title>Hello</title><id>urn:e1</id><link href="${o}/blog/hello"/><updated>2026-03-01T00:00:00Z</updated></entry></feed>`,
      'application/atom+xml',
    ),
  );
  server.route('/plain.html', serve('<!doctype html><html><body>no feeds here</body></html>', 'text/html'));
});

afterAll(() => server.close());

describe('newsink add / remove', () => {
  it('adds a feed by URL and prints its title and story count', async () => {
    const home = tempHome();
    const result = await runCli(['add', `${server.origin}/feed.xml`], { home });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Added Kabar Daerah.*3 stories/);
    // The stories are there at once, without a refresh; no built-in feeds were added.
    const list = JSON.parse((await runCli(['list', '--json'], { home })).stdout) as {
      title: string;
      feed: string;
    }[];
    expect(list.map((item) => item.title)).toEqual([
      'Banjir di Semarang',
      'Festival budaya dibuka',
      'Harga cabai naik',
    ]);
    const subs = JSON.parse((await runCli(['feeds', '--json'], { home })).stdout) as unknown[];
    expect(subs).toHaveLength(1);
  });

  it('finds the feed of a web page by autodiscovery', async () => {
    const home = tempHome();
    const result = await runCli(['add', `${server.origin}/blog/`], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('An Atom Blog');
    expect(result.stdout).toContain(`${server.origin}/blog/atom.xml`);
  });

  it('refuses a duplicate and a page without a feed with a clear message', async () => {
    const home = tempHome();
    await runCli(['add', `${server.origin}/feed.xml`], { home });
    const dup = await runCli(['add', `${server.origin}/feed.xml`], { home });
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/already subscribed/);
    const none = await runCli(['add', `${server.origin}/plain.html`], { home });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no feed found/);
    const bad = await runCli(['add', 'javascript:alert(1)'], { home });
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('removes a feed by title', async () => {
    const home = tempHome();
    await runCli(['add', `${server.origin}/feed.xml`], { home });
    const removed = await runCli(['remove', 'kabar daerah'], { home });
    expect(removed.code).toBe(0);
    expect(JSON.parse((await runCli(['feeds', '--json'], { home })).stdout)).toEqual([]);
    expect((await runCli(['remove', 'kabar daerah'], { home })).code).toBe(1);
  });
});

describe('newsink list and marks', () => {
  it('filters by unread, starred, feed and limit, and reflects marks at once', async () => {
    const home = tempHome();
    await runCli(['add', `${server.origin}/feed.xml`], { home });
    const all = JSON.parse((await runCli(['list', '--json'], { home })).stdout) as {
      id: string;
      read: boolean;
      starred: boolean;
      feed: string;
      feedTitle: string;
      url: string;
      published: string;
    }[];
    expect(all[0]).toMatchObject({
      feedTitle: 'Kabar Daerah',
      feed: `${server.origin}/feed.xml`,
      url: `${server.origin}/1`,
      read: false,
      starred: false,
    });
    expect(all[0]!.published).toBe('2026-03-03T01:00:00.000Z');
    expect((await runCli(['mark-read', all[0]!.id, all[1]!.id], { home })).code).toBe(0);
    expect((await runCli(['star', all[2]!.id], { home })).code).toBe(0);
    const unread = JSON.parse((await runCli(['list', '--unread', '--json'], { home })).stdout) as {
      id: string;
    }[];
    expect(unread.map((item) => item.id)).toEqual([all[2]!.id]);
    const starred = JSON.parse((await runCli(['list', '--starred', '--json'], { home })).stdout) as {
      id: string;
    }[];
    expect(starred.map((item) => item.id)).toEqual([all[2]!.id]);
    await runCli(['mark-unread', all[0]!.id], { home });
    await runCli(['unstar', all[2]!.id], { home });
    const limited = JSON.parse(
      (await runCli(['list', '--unread', '--limit', '1', '--json'], { home })).stdout,
    ) as { id: string }[];
    expect(limited.map((item) => item.id)).toEqual([all[0]!.id]);
    expect(JSON.parse((await runCli(['list', '--starred', '--json'], { home })).stdout)).toEqual([]);
    const byFeed = JSON.parse(
      (await runCli(['list', '--feed', 'Kabar Daerah', '--json'], { home })).stdout,
    ) as unknown[];
    expect(byFeed).toHaveLength(3);
  });

  it('rejects unknown ids without changing anything', async () => {
    const home = tempHome();
    await runCli(['add', `${server.origin}/feed.xml`], { home });
    const result = await runCli(['mark-read', 'nosuchid'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no story with id nosuchid/);
  });
});

describe('newsink import / export', () => {
  it('imports nested OPML outlines as tags and exports them back identically', async () => {
    const home = tempHome();
    const opml = path.join(home, 'in.opml');
    fs.writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
        <outline text="News"><outline text="Kompas" type="rss" xmlUrl="https://kompas.example/rss"/>
          <outline text="Tech"><outline text="Ars &amp; Co" type="rss" xmlUrl="https://ars.example/feed"/></outline></outline>
        <outline text="Loose" type="rss" xmlUrl="https://loose.example/atom"/>
      </body></opml>`,
    );
    const imported = await runCli(['import', opml], { home });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported 3 feeds/);
    const feedsBefore = JSON.parse((await runCli(['feeds', '--json'], { home })).stdout) as {
      url: string;
      title: string;
      tags: string[];
    }[];
    expect(feedsBefore.map(({ url, title, tags }) => ({ url, title, tags }))).toEqual([
      { url: 'https://kompas.example/rss', title: 'Kompas', tags: ['News'] },
      { url: 'https://ars.example/feed', title: 'Ars & Co', tags: ['News', 'Tech'] },
      { url: 'https://loose.example/atom', title: 'Loose', tags: [] },
    ]);
    const exported = await runCli(['export'], { home });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('<opml version="2.0">');
    const second = tempHome();
    const file = path.join(second, 'out.opml');
    fs.writeFileSync(file, exported.stdout);
    await runCli(['import', file], { home: second });
    const feedsAfter = JSON.parse((await runCli(['feeds', '--json'], { home: second })).stdout) as {
      url: string;
      title: string;
      tags: string[];
    }[];
    // Same subscriptions (OPML groups feeds by folder, so the order may differ).
    const key = (feeds: { url: string; title: string; tags: string[] }[]) =>
      feeds.map(({ url, title, tags }) => ({ url, title, tags })).sort((a, b) => a.url.localeCompare(b.url));
    expect(key(feedsAfter)).toEqual(key(feedsBefore));
  });

  it('reports an unreadable file and a non-OPML file with exit 1', async () => {
    const home = tempHome();
    expect((await runCli(['import', path.join(home, 'missing.opml')], { home })).code).toBe(1);
    const junk = path.join(home, 'junk.opml');
    fs.writeFileSync(junk, 'this is not xml at all');
    const result = await runCli(['import', junk], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/junk\.opml/);
  });
});

describe('command line', () => {
  it('prints the home folder', async () => {
    const home = tempHome();
    expect((await runCli(['home'], { home })).stdout.trim()).toBe(home);
  });

  it('exits 2 for an unknown command or flag, and 0 for --help on every command', async () => {
    const home = tempHome();
    expect((await runCli(['frobnicate'], { home })).code).toBe(2);
    expect((await runCli(['list', '--frob'], { home })).code).toBe(2);
    const helps: Promise<{ name: string; help: Awaited<ReturnType<typeof runCli>> }>[] = [];
    for (const name of [
      'refresh',
      'list',
      'feeds',
      'add',
      'remove',
      'import',
      'export',
      'mark-read',
      'mark-unread',
      'star',
      'unstar',
      'home',
    ]) {
      helps.push(runCli([name, '--help'], { home }).then((help) => ({ name, help })));
    }
    for (const { name, help } of await Promise.all(helps)) {
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toContain(`newsink ${name}`);
    }
  }, 60_000);

  it('exits quietly when the reader of its output goes away (newsink feeds | head -1)', async () => {
    const home = tempHome();
    const child = spawn(process.execPath, [BIN, 'feeds'], { env: { ...process.env, NEWSINK_HOME: home } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('subscribes a new home to the built-in feeds on its first command', async () => {
    const home = tempHome();
    const feeds = JSON.parse((await runCli(['feeds', '--json'], { home })).stdout) as unknown[];
    expect(feeds.length).toBeGreaterThanOrEqual(8);
  });

  it('backs up a corrupt state file, warns, and goes on', async () => {
    const home = tempHome();
    await runCli(['add', `${server.origin}/feed.xml`], { home });
    fs.writeFileSync(path.join(home, 'marks.json'), '{"read": [');
    const result = await runCli(['list', '--json'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/marks\.json could not be read.*moved to/);
    expect(JSON.parse(result.stdout)).toHaveLength(3);
    expect(fs.readdirSync(home).some((name) => name.startsWith('marks.json.corrupt-'))).toBe(true);
  });
});
