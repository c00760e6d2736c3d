import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../src/demo/server.js';
import { get, parsePage, relatedHrefs } from './helpers.js';

let demo: DemoServer;
const pages = new Map<string, Document>();

async function page(url: string): Promise<Document> {
  const cached = pages.get(url);
  if (cached) return cached;
  const res = await get(url);
  expect(res.status, url).toBe(200);
  const doc = parsePage(Buffer.from(res.bytes).toString('utf8'));
  pages.set(url, doc);
  return doc;
}

beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

const stories = () => demo.model.outlets.flatMap((o) => o.stories);

describe('demo article pages', () => {
  it('link each related story to another existing story page that links back', async () => {
    for (const s of stories()) {
      const hrefs = relatedHrefs(await page(s.url), s.outlet.labels.readAlso);
      expect(hrefs.length, s.url).toBeGreaterThanOrEqual(2);
      for (const href of hrefs) {
        const target = new URL(href, s.url).href;
        expect(target).not.toBe(s.url);
        expect(stories().some((t) => t.url === target)).toBe(true);
        const back = relatedHrefs(await page(target), s.outlet.labels.readAlso).map(
          (h) => new URL(h, target).href,
        );
        expect(back, `${target} links back to ${s.url}`).toContain(s.url);
      }
    }
  });

  it('carry the clutter of a real news page around the story', async () => {
    for (const s of stories()) {
      const doc = await page(s.url);
      const has = (selector: string) => doc.querySelector(selector) !== null;
      expect(has('.cookie-consent'), s.url).toBe(true);
      expect(has('nav ul li a')).toBe(true);
      expect(has('.share-bar, .sharedaddy')).toBe(true);
      expect(has('.newsletter-signup')).toBe(true);
      expect(has('.most-read, .widget_popular_posts')).toBe(true);
      expect(has('footer.site-footer')).toBe(true);
      expect(doc.querySelector('figure img')?.getAttribute('alt')).toBe(s.story.image.alt);
      expect(doc.querySelector('h1')?.textContent).toBe(s.story.title);
      expect(doc.documentElement.getAttribute('lang')).toBe(s.lang);
      const body = doc.querySelector('.story-body, .entry-content')!;
      const paragraphs = [...body.querySelectorAll(':scope > p')].filter((p) => !p.querySelector('strong'));
      expect(paragraphs.length, s.url).toBeGreaterThanOrEqual(4);
      expect(paragraphs.length).toBeLessThanOrEqual(10);
      expect(has('blockquote')).toBe(true);
    }
  });

  it('include lists, tables and stories in Indonesian, Japanese and Chinese somewhere in the set', async () => {
    const docs = await Promise.all(stories().map((s) => page(s.url)));
    expect(docs.filter((d) => d.querySelector('table thead th')).length).toBeGreaterThanOrEqual(3);
    expect(docs.filter((d) => d.querySelector('.story-body ul, .entry-content ul')).length).toBeGreaterThan(
      3,
    );
    expect(docs.filter((d) => d.querySelector('.story-body ol, .entry-content ol')).length).toBeGreaterThan(
      3,
    );
    const langs = new Set(stories().map((s) => s.lang));
    expect([...langs].sort()).toEqual(['en', 'id', 'ja', 'zh']);
  });

  it('link every same-site href and src on every page to something the server has', async () => {
    const checked = new Map<string, number>();
    const listing = [demo.origin, ...demo.model.outlets.map((o) => o.homeUrl)];
    for (const url of [...listing, ...stories().map((s) => s.url)]) {
      const doc = await page(url);
      const refs = [...doc.querySelectorAll('a[href], img[src], link[href]')].map(
        (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
      );
      for (const ref of refs) {
        const target = new URL(ref, url);
        if (target.origin !== demo.origin) {
          // Only share links and mailto leave the site, and never to a real host.
          expect(target.protocol === 'mailto:' || target.hostname.endsWith('.example'), ref).toBe(true);
          continue;
        }
        target.hash = '';
        if (!checked.has(target.href)) checked.set(target.href, (await get(target.href)).status);
        expect(checked.get(target.href), `${ref} on ${url}`).toBe(200);
      }
    }
    expect(checked.size).toBeGreaterThan(40);
  });
});
