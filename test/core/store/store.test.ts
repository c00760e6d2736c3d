import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/feeds/text.js';
import { BUILT_IN_FEEDS, ensureDefaultFeeds } from '../../../src/core/store/defaults.js';
import { openStore } from '../../../src/core/store/store.js';
import type { Article } from '../../../src/core/types.js';
import { tempHome } from '../../helpers/run-cli.js';

const sub = (url: string, title = url) => ({ url, title, tags: [], addedAt: '2026-01-01T00:00:00.000Z' });
const quiet = { onWarning: () => {} };

function article(feed: string, id: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    feed,
    title: `Story ${id}`,
    url: `http://example.com/${id}`,
    firstSeen: '2026-01-01T00:00:00.000Z',
    summary: `<p>Summary of <b>${id}</b></p>`,
    enclosures: [],
    ...extra,
  };
}

describe('store', () => {
  it('keeps subscriptions, read and starred marks across reopening', () => {
    const home = tempHome();
    const store = openStore(home, quiet);
    store.addSubscription(sub('http://a.test/feed', 'A'));
    store.setRead(['x1', 'x2'], true);
    store.setStarred(['x2'], true);
    const again = openStore(home, quiet);
    expect(again.subscriptions().map((s) => s.title)).toEqual(['A']);
    expect(again.isRead('x1')).toBe(true);
    expect(again.isStarred('x2')).toBe(true);
    expect(again.isStarred('x1')).toBe(false);
  });

  it('refuses a duplicate subscription', () => {
    const store = openStore(tempHome(), quiet);
    store.addSubscription(sub('http://a.test/feed'));
    expect(() => store.addSubscription(sub('http://a.test/feed'))).toThrow(/already subscribed/);
  });

  it('keeps read marks when two processes write at once', () => {
    const home = tempHome();
    const first = openStore(home, quiet);
    const second = openStore(home, quiet);
    first.setRead(['a'], true);
    second.setRead(['b'], true);
    first.setStarred(['c'], true);
    const third = openStore(home, quiet);
    expect(['a', 'b'].every((id) => third.isRead(id))).toBe(true);
    expect(third.isStarred('c')).toBe(true);
  });

  it('moves a corrupt state file aside, warns, and goes on', () => {
    const home = tempHome();
    openStore(home, quiet).addSubscription(sub('http://a.test/feed'));
    fs.writeFileSync(path.join(home, 'config.json'), '{"subscriptions": [tru');
    const warnings: string[] = [];
    const store = openStore(home, { onWarning: (message) => warnings.push(message) });
    expect(store.subscriptions()).toEqual([]);
    expect(warnings.join('\n')).toMatch(/config\.json could not be read/);
    const aside = fs.readdirSync(home).filter((name) => name.startsWith('config.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(home, aside[0]!), 'utf8')).toBe('{"subscriptions": [tru');
  });

  it('caches articles per feed and loads headlines without bodies', () => {
    const home = tempHome();
    const store = openStore(home, quiet);
    store.addSubscription(sub('http://a.test/feed'));
    store.saveArticles(
      'http://a.test/feed',
      [article('http://a.test/feed', 'one'), article('http://a.test/feed', 'two')],
      htmlToText,
    );
    const headlines = openStore(home, quiet).loadHeadlines();
    expect(headlines.map((h) => h.id)).toEqual(['one', 'two']);
    expect(headlines[0]).toMatchObject({ feed: 'http://a.test/feed', url: 'http://example.com/one' });
    expect(headlines[0]).not.toHaveProperty('summary');
    expect(headlines[0]).not.toHaveProperty('snippet');
    expect(openStore(home, quiet).loadSnippets().get('one')).toBe('Summary of one');
    expect(store.loadArticle('http://a.test/feed', 'two')?.summary).toBe('<p>Summary of <b>two</b></p>');
  });

  it('moves a corrupt cache file aside and treats the feed as empty', () => {
    const home = tempHome();
    const store = openStore(home, quiet);
    store.addSubscription(sub('http://a.test/feed'));
    store.saveArticles('http://a.test/feed', [article('http://a.test/feed', 'one')], htmlToText);
    const cacheDir = path.join(home, 'cache');
    const file = fs.readdirSync(cacheDir).find((name) => name.endsWith('.headlines.json'))!;
    fs.writeFileSync(path.join(cacheDir, file), 'garbage');
    const warnings: string[] = [];
    expect(openStore(home, { onWarning: (m) => warnings.push(m) }).loadHeadlines()).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(fs.readdirSync(cacheDir).some((name) => name.includes('.corrupt-'))).toBe(true);
  });

  it('removing a feed drops its cache, state and marks', () => {
    const home = tempHome();
    const store = openStore(home, quiet);
    store.addSubscription(sub('http://a.test/feed'));
    store.saveArticles('http://a.test/feed', [article('http://a.test/feed', 'one')], htmlToText);
    store.setRead(['one'], true);
    store.setFeedStates({ 'http://a.test/feed': { status: 'ok', etag: '"1"' } });
    expect(store.removeSubscription('http://a.test/feed')).toBe(true);
    expect(store.loadHeadlines('http://a.test/feed')).toEqual([]);
    expect(store.feedState('http://a.test/feed')).toEqual({});
    expect(openStore(home, quiet).isRead('one')).toBe(false);
    expect(store.removeSubscription('http://a.test/feed')).toBe(false);
  });

  it('finds a subscription by URL or by title, ignoring case', () => {
    const store = openStore(tempHome(), quiet);
    store.addSubscription(sub('http://a.test/feed', 'Kompas Regional'));
    expect(store.findSubscription('kompas regional')?.url).toBe('http://a.test/feed');
    expect(store.findSubscription('http://a.test/feed/')?.title).toBe('Kompas Regional');
    expect(store.findSubscription('nope')).toBeUndefined();
  });

  it('writes files atomically, leaving no temp files behind', () => {
    const home = tempHome();
    const store = openStore(home, quiet);
    store.addSubscription(sub('http://a.test/feed'));
    store.saveArticles('http://a.test/feed', [article('http://a.test/feed', 'one')], htmlToText);
    const all = fs.readdirSync(home, { recursive: true }).map(String);
    expect(all.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('built-in feeds', () => {
  it('subscribes a new home once, with feeds in more than one language', () => {
    const store = openStore(tempHome(), quiet);
    expect(ensureDefaultFeeds(store)).toBe(true);
    expect(store.subscriptions()).toHaveLength(BUILT_IN_FEEDS.length);
    expect(BUILT_IN_FEEDS.length).toBeGreaterThanOrEqual(8);
    expect(
      BUILT_IN_FEEDS.filter((f) => f.tags.some((t) => ['deutsch', 'français', 'indonesia'].includes(t)))
        .length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('never brings the defaults back after the user removed them', () => {
    const home = tempHome();
    const store = openStore(home, quiet);
    ensureDefaultFeeds(store);
    for (const s of store.subscriptions()) store.removeSubscription(s.url);
    expect(ensureDefaultFeeds(openStore(home, quiet))).toBe(false);
    expect(openStore(home, quiet).subscriptions()).toEqual([]);
  });

  it('is not added to a home where the user subscribed first', () => {
    const store = openStore(tempHome(), quiet);
    store.addSubscription(sub('http://mine.test/feed'));
    ensureDefaultFeeds(store);
    expect(store.subscriptions().map((s) => s.url)).toEqual(['http://mine.test/feed']);
  });
});
