import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/article/extract.js';

const pages = path.join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const page = (name: string): string => fs.readFileSync(path.join(pages, name), 'utf8');

describe('extractArticle', () => {
  const article = extractArticle(page('share-bar.html'), 'https://courier.example/news/bridge-reopens');

  it('keeps the story paragraphs, headings and lists', () => {
    expect(article.text).toContain('The harbour bridge reopened to traffic on Tuesday morning');
    expect(article.text).toContain('The council said the final cost was within the budget');
    expect(article.blocks.some((b) => b.kind === 'heading')).toBe(true);
    expect(article.blocks.some((b) => b.kind === 'list' && b.items.length === 3)).toBe(true);
  });

  it('drops share bars, copy-URL toasts, newsletter and cookie boxes', () => {
    for (const junk of ['Share on Social', 'Copy URL', 'Link copied', 'newsletter', 'cookies', 'Subscribe']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('drops inline "Read also" links, related lists, captions and a repeated byline', () => {
    expect(article.text).not.toContain('Ferry timetable');
    expect(article.text).not.toContain('harbour tunnel plan');
    expect(article.text).not.toContain('Photo: Jan Berg');
    expect(article.text).not.toMatch(/^By Mara/m);
  });

  it('takes byline, date and site name from JSON-LD / Open Graph and the language from <html lang>', () => {
    expect(article.title).toMatch(/^Harbour bridge reopens/);
    expect(article.byline).toBe('Mara Lindqvist');
    expect(article.published).toBe('2024-03-05T08:30:00.000Z');
    expect(article.siteName).toBe('The Coastal Courier');
    expect(article.lang).toBe('en-GB');
  });

  it('numbers the body links with absolute http(s) URLs only', () => {
    expect(article.links).toEqual([{ n: 1, text: 'full report', url: 'https://council.example/report.pdf' }]);
  });

  it('separates blocks with a blank line and never glues words across them', () => {
    expect(article.text).toContain(
      'most of the road deck, the city council said in a statement.\n\nEngineers',
    );
    expect(article.text).toContain('- New cables with moisture sensors\n- A wider footpath');
    expect(article.text).not.toMatch(/statement\.Engineers/);
  });
});

describe('extractArticle on an Indonesian page', () => {
  const article = extractArticle(page('baca-juga.html'), 'https://kabar.example/nasional/banjir-rob');

  it('removes "Baca juga" links and the related box, keeps the story', () => {
    expect(article.text).toContain('Banjir rob kembali menggenangi permukiman warga');
    expect(article.text).toContain('Badan meteorologi memperkirakan');
    expect(article.text).not.toContain('Baca juga');
    expect(article.text).not.toContain('Tanggul laut');
    expect(article.text).not.toContain('pompa air tambahan');
    expect(article.text).not.toContain('Minggu, 11 Februari');
  });

  it('reads metadata from Open Graph and meta tags', () => {
    expect(article.lang).toBe('id');
    expect(article.siteName).toBe('Kabar Pantai');
    expect(article.byline).toBe('Dewi Lestari');
    expect(article.published).toBe('2024-02-10T23:15:00.000Z');
  });
});

describe('extractArticle on hostile markup', () => {
  const article = extractArticle(page('hostile.html'), 'https://hostile.example/story');

  it('removes escape sequences and bidi overrides from every string', () => {
    const all = JSON.stringify(article);
    expect(all).not.toMatch(/\\u001b|\u001b|\u202e|\\u0007/);
    expect(article.text).toContain('that would turn the terminal red');
  });

  it('keeps only http(s) links', () => {
    expect(article.links.map((l) => l.url)).toEqual(['https://hostile.example/safe/page']);
    expect(article.text).toContain('a script');
  });

  it('keeps code blocks verbatim', () => {
    expect(article.blocks).toContainEqual({
      kind: 'pre',
      text: 'const answer = 42; // a code line that is much longer than forty columns and must be cut, not wrapped',
    });
  });
});

describe('extractArticle on related links in other languages', () => {
  const body = (label: string): string => `<!doctype html><html><body><article><h1>Titel</h1>
    <p>${'Erster Absatz mit genug Text, damit die Extraktion ihn als Artikel erkennt und behält. '.repeat(4)}</p>
    <p>${label} <a href="/andere-geschichte">Eine andere Geschichte über etwas ganz anderes</a></p>
    <p>${'Zweiter Absatz, ebenfalls lang genug, um eindeutig zum Artikeltext zu gehören und nicht zur Navigation. '.repeat(4)}</p>
    </article></body></html>`;

  for (const label of ['Lesen Sie auch:', 'À lire aussi :', 'Lee también:', 'Leia também:', 'Read more:']) {
    it(`drops an inline "${label}" paragraph`, () => {
      const article = extractArticle(body(label), 'https://news.example/a');
      expect(article.text).toContain('Zweiter Absatz');
      expect(article.text).not.toContain('andere Geschichte');
    });
  }
});
