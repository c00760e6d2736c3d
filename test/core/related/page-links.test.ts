import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectPageRelated } from '../../../src/core/related/page-links.js';

function load(name: string, url: string, html?: string) {
  const source = html ?? readFileSync(new URL(`../../fixtures/related/${name}`, import.meta.url), 'utf8');
  const { document } = parseHTML(source);
  const result = collectPageRelated(document as unknown as Document, url);
  // What the extractor would keep after removing the containers.
  for (const container of result.containers) container.remove();
  const body = (document.body?.textContent ?? '').replace(/\s+/g, ' ');
  return { ...result, body };
}

describe('collectPageRelated', () => {
  it('keeps inline and boxed "Baca juga" links of a WordPress page and drops share, tags and popular', () => {
    const page = load(
      'id-wordpress.html',
      'https://www.wartakita.co.id/nasional/2026/11/banjir-rendam-ribuan-rumah-jakarta-timur/',
    );
    expect(page.links).toEqual([
      {
        title: 'BPBD Siagakan Perahu Karet di Kali Sunter',
        url: 'https://www.wartakita.co.id/nasional/2026/11/bpbd-siagakan-perahu-karet-di-kali-sunter/',
      },
      {
        title: 'Warga Kampung Melayu Mengungsi ke Masjid',
        url: 'https://www.wartakita.co.id/nasional/2026/11/warga-kampung-melayu-mengungsi-ke-masjid/',
      },
      {
        title: 'Curah Hujan Tinggi Diprediksi hingga Akhir Pekan',
        url: 'https://wartakita.co.id/nasional/2026/11/curah-hujan-tinggi-diprediksi-hingga-akhir-pekan/',
      },
    ]);
    expect(page.body).not.toMatch(/Baca juga|Berita Terkait|Kampung Melayu/i);
    expect(page.body).toContain('Petugas Badan Penanggulangan Bencana Daerah');
    expect(page.body).toContain('Hingga Senin siang');
  });

  it('keeps "Related stories" and leaves the "Most read" list beside it', () => {
    const page = load(
      'en-related-mostread.html',
      'https://www.dailyledger.example/business/2026/11/27/port-strike-halts-exports',
    );
    expect(page.links.map((link) => link.title)).toEqual([
      'Port talks collapse over automation',
      'Farm exporters fear a spoiled harvest',
      'Shipping rates climb as strike drags on',
    ]);
    expect(page.links[0]!.url).toBe(
      'https://www.dailyledger.example/business/2026/11/26/port-talks-collapse-over-automation',
    );
    // The main column is classed "related-content-wrapper" but holds the article: never a container.
    expect(page.body).toContain('Dock workers at the country');
    expect(page.body).toContain('Most read');
    expect(page.body).not.toContain('Related stories');
  });

  it('finds a German "Mehr zum Thema" box and an inline "Lesen Sie auch"', () => {
    const page = load(
      'de-mehr-zum-thema.html',
      'https://www.tagesblick.example/wirtschaft/bahnstreik-fernverkehr-106.html',
    );
    expect(page.links.map((link) => link.url)).toEqual([
      'https://www.tagesblick.example/wirtschaft/bahn-und-gewerkschaft-ohne-einigung-100.html',
      'https://www.tagesblick.example/wirtschaft/was-fahrgaeste-beim-streik-wissen-muessen-102.html',
      'https://www.tagesblick.example/inland/streikrecht-in-der-kritik-104.html',
    ]);
    expect(page.body).toContain('Ein Ende des Arbeitskampfes');
    expect(page.body).not.toMatch(/Mehr zum Thema|Lesen Sie auch/);
  });

  it('finds French "À lire aussi" and "Voir aussi" and drops the share link', () => {
    const page = load(
      'fr-lire-aussi.html',
      'https://www.lejournal.example/planete/article/2026/07/15/la-canicule_123500.html',
    );
    expect(page.links.map((link) => link.title)).toEqual([
      'Sécheresse : les restrictions d’eau s’étendent',
      'Les nuits tropicales se multiplient',
    ]);
    expect(page.body).toContain('Les épisodes de chaleur précoces');
  });

  it('finds a Japanese 関連記事 list and not the ranking next to it', () => {
    const page = load('ja-kanren.html', 'https://www3.nhk.example/news/html/20261127/k10014000012000.html');
    expect(page.links).toEqual([
      {
        title: '首都高 一部区間で通行止め 大雪の影響',
        url: 'https://www3.nhk.example/articles/20261127/k10014000011000.html',
      },
      {
        title: '気象庁 関東甲信で大雪のおそれ 早めの備えを',
        url: 'https://www3.nhk.example/articles/20261126/k10014000010000.html',
      },
    ]);
    expect(page.body).toContain('アクセスランキング');
  });

  it('returns nothing for a page without a related section', () => {
    const page = load(
      'no-related.html',
      'https://www.citynews.example/local/2026/11/council-approves-bike-lanes',
    );
    expect(page.links).toEqual([]);
    expect(page.containers).toEqual([]);
    expect(page.body).toContain('a study last month');
  });

  it('sanitises titles and keeps only http(s) links', () => {
    const html = `<html><body><article><p>${'Long story text. '.repeat(20)}</p></article>
      <div class="related-posts"><a href="/news/2026/escape-title-story">Evil\u001b[31m title\u202e here</a>
      <a href="data:text/html,hi">Data link story</a><a href="ftp://x.example/a">Ftp link story</a></div></body></html>`;
    const page = load('', 'https://site.example/news/2026/this-story', html);
    expect(page.links).toEqual([
      { title: 'Evil title here', url: 'https://site.example/news/2026/escape-title-story' },
    ]);
  });

  it('reads rel="related" and microdata relatedLink hints', () => {
    const html = `<html><body><article><p>${'Body text of the story. '.repeat(20)}</p>
      <p>See <a rel="related" href="/2026/05/other-story-about-this">the other story about this</a>.</p></article>
      <link itemprop="relatedLink" href="https://site.example/2026/05/linked-in-microdata-only"></body></html>`;
    const page = load('', 'https://site.example/2026/05/this-story', html);
    expect(page.links).toEqual([
      { title: 'the other story about this', url: 'https://site.example/2026/05/other-story-about-this' },
      { title: 'Linked in microdata only', url: 'https://site.example/2026/05/linked-in-microdata-only' },
    ]);
  });

  it('drops section fronts and one-word kickers, keeping the headline of each story', () => {
    const html = `<html><body><article><p>${'The story itself, told at length. '.repeat(20)}</p></article>
      <aside class="related-stories"><h2>Related</h2>
        <a href="/tech/">Tech</a> <a href="/business/amazon/">More on Amazon</a>
        <a href="/news/cloud/aws-challenges-microsoft-jedi-cloud-win">News Cloud</a>
        <a href="/news/cloud/aws-challenges-microsoft-jedi-cloud-win">AWS challenges Microsoft's JEDI cloud win</a>
      </aside></body></html>`;
    const page = load('', 'https://www.site.example/news/cloud/this-story-about-apple', html);
    expect(page.links).toEqual([
      {
        title: "AWS challenges Microsoft's JEDI cloud win",
        url: 'https://www.site.example/news/cloud/aws-challenges-microsoft-jedi-cloud-win',
      },
    ]);
  });
});
