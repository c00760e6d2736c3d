import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFromFeedHtml } from '../../../src/core/article/feed-html.js';
import { createFulltextCache } from '../../../src/core/article/fulltext-cache.js';

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-fulltext-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

const sample = (n: number) =>
  articleFromFeedHtml(`<p>Story number ${n} ${'text '.repeat(50)}</p>`, `https://n.example/${n}`, {
    title: `Story ${n}`,
  });
const entries = () => fs.readdirSync(path.join(home, 'fulltext'));

describe('createFulltextCache', () => {
  it('returns what was stored, from a fresh instance too (hit), and misses unknown URLs', () => {
    createFulltextCache(home).put('https://n.example/1', sample(1));
    const cache = createFulltextCache(home);
    expect(cache.get('https://n.example/1')).toEqual(sample(1));
    expect(cache.get('https://n.example/2')).toBeUndefined();
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toMatch(/^[0-9a-f]{40}\.json$/);
  });

  it('evicts the least recently used entry past maxEntries', () => {
    const cache = createFulltextCache(home, { maxEntries: 2 });
    cache.put('https://n.example/1', sample(1));
    cache.put('https://n.example/2', sample(2));
    // Make recency explicit: entry 2 is old, entry 1 was just read.
    const old = new Date(Date.now() - 60_000);
    for (const name of entries()) fs.utimesSync(path.join(home, 'fulltext', name), old, old);
    expect(cache.get('https://n.example/1')).toBeDefined();
    cache.put('https://n.example/3', sample(3));
    expect(cache.get('https://n.example/2')).toBeUndefined();
    expect(cache.get('https://n.example/1')).toBeDefined();
    expect(cache.get('https://n.example/3')).toBeDefined();
    expect(entries()).toHaveLength(2);
  });

  it('keeps the total size under maxBytes', () => {
    const cache = createFulltextCache(home, { maxBytes: 2500 });
    for (let i = 0; i < 6; i++) cache.put(`https://n.example/${i}`, sample(i));
    const total = entries().reduce(
      (sum, name) => sum + fs.statSync(path.join(home, 'fulltext', name)).size,
      0,
    );
    expect(total).toBeLessThanOrEqual(2500);
    expect(cache.get('https://n.example/5')).toBeDefined();
  });

  it('moves a corrupt file aside and treats it as a miss', () => {
    const warnings: string[] = [];
    const cache = createFulltextCache(home, { onWarning: (m) => warnings.push(m) });
    cache.put('https://n.example/1', sample(1));
    const [name] = entries();
    fs.writeFileSync(path.join(home, 'fulltext', name!), '{"url": "https://n.example/1", "artic');
    expect(cache.get('https://n.example/1')).toBeUndefined();
    expect(entries().some((n) => n.startsWith(`${name}.corrupt-`))).toBe(true);
    expect(warnings).toHaveLength(1);
    cache.put('https://n.example/1', sample(1));
    expect(cache.get('https://n.example/1')?.title).toBe('Story 1');
  });

  it('leaves no temporary files behind', () => {
    const cache = createFulltextCache(home);
    for (let i = 0; i < 3; i++) cache.put(`https://n.example/${i}`, sample(i));
    expect(entries().filter((n) => !n.endsWith('.json'))).toEqual([]);
  });
});
