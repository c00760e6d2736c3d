import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { htmlToText } from '../../../src/core/feeds/text.js';
import { openStore } from '../../../src/core/store/store.js';
import { KOMPAS, kompas, POST, post, WIRE, wire } from './articles.js';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
});

/** An empty temp home, removed after the test. */
export function tempHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-related-'));
  homes.push(home);
  return home;
}

/** A store in `home` subscribed to the three outlets of articles.ts, with their articles cached. */
export function seededStore(home: string = tempHome()) {
  const store = openStore(home, { onWarning: () => {} });
  for (const [url, title, articles] of [
    [WIRE, 'Wire', wire],
    [POST, 'Post', post],
    [KOMPAS, 'Kompas', kompas],
  ] as const) {
    store.addSubscription({ url, title, tags: [], addedAt: '2026-11-01T00:00:00Z' });
    store.saveArticles(url, articles, htmlToText);
  }
  return store;
}
