import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract.js';
import { type DemoServer, startDemoServer } from '../../src/demo/server.js';
import { get } from './helpers.js';

// The demo exists to show full-text extraction and related links working; these guard that it does.
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('demo pages through the extractor', () => {
  it('keep every paragraph of the story and none of the page chrome', async () => {
    for (const s of demo.model.outlets.flatMap((o) => o.stories)) {
      const html = Buffer.from((await get(s.url)).bytes).toString('utf8');
      const article = extractArticle(html, s.url);
      expect(article.title).toBe(s.story.title);
      expect(article.lang).toBe(s.lang);
      const text = squash(article.text);
      for (const block of s.story.body) if ('p' in block) expect(text, s.url).toContain(squash(block.p));
      const { labels } = s.outlet;
      const chrome = [
        labels.related,
        labels.readAlso,
        labels.mostRead,
        labels.newsletterTitle,
        labels.cookieText,
        labels.copyLink,
        'WhatsApp',
      ];
      for (const words of chrome) expect(text, `${words} in ${s.url}`).not.toContain(words);
    }
  });

  it('find exactly the related stories the page links to, not its most-read widget', async () => {
    for (const s of demo.model.outlets.flatMap((o) => o.stories)) {
      const html = Buffer.from((await get(s.url)).bytes).toString('utf8');
      const found = extractArticle(html, s.url).related.map((link) => link.url);
      expect(found.sort(), s.url).toEqual(s.related.map((r) => r.url).sort());
    }
  });
});
