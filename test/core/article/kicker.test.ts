import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/article/extract.js';

const body = (kicker: string) =>
  `<!doctype html><html><head><title>Ferry crosses the bay</title></head><body><article>` +
  `<p>${kicker}</p><h1>Ferry crosses the bay</h1>` +
  `${'<p>The first electric ferry crossed the bay on Tuesday with 112 passengers aboard and a crate of fruit.</p>'.repeat(5)}` +
  `</article></body></html>`;

describe('section kickers', () => {
  it('drops a short link to the section the story sits in, above the headline', () => {
    const article = extractArticle(
      body('<a href="/news/harbor/">Harbor</a>'),
      'https://example.com/news/harbor/ferry-crosses',
    );
    expect(article.text).not.toMatch(/^Harbor/);
    expect(article.links.map((link) => link.url)).not.toContain('https://example.com/news/harbor/');
  });

  it('keeps a short link that is not one of the story’s sections', () => {
    const article = extractArticle(
      body('<a href="https://other.example/report">Read the report</a>'),
      'https://example.com/news/harbor/ferry-crosses',
    );
    expect(article.text).toContain('Read the report');
  });
});
