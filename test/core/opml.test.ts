import { describe, expect, it } from 'vitest';
import { parseOpml, serializeOpml } from '../../src/core/opml.js';
import type { Subscription } from '../../src/core/types.js';

const sub = (url: string, title: string, tags: string[], siteUrl?: string): Subscription => ({
  url,
  title,
  tags,
  addedAt: '2024-01-01T00:00:00.000Z',
  ...(siteUrl ? { siteUrl } : {}),
});

describe('parseOpml', () => {
  it('reads feeds, nested folders as tags, lower-case xmlurl and outlines without type', () => {
    const feeds = parseOpml(`<?xml version="1.0"?>
      <opml version="1.0"><head><title>x</title></head><body>
        <outline text="Tech">
          <outline text="Nested"><outline title="Deep &amp; Co" xmlurl="https://deep.example/rss" htmlurl="https://deep.example/"/></outline>
          <outline type="rss" text="Gadgets" xmlUrl="https://gadgets.example/feed"/>
        </outline>
        <outline text="Loose" xmlUrl="http://loose.example/atom.xml"></outline>
        <outline text="Dup" xmlUrl="https://gadgets.example/feed" category="/News"/>
        <outline text="Bad" xmlUrl="javascript:alert(1)"/>
        <!-- <outline text="Commented" xmlUrl="https://no.example/"/> -->
      </body></opml>`);
    expect(feeds).toEqual([
      {
        url: 'https://deep.example/rss',
        title: 'Deep & Co',
        tags: ['Tech', 'Nested'],
        siteUrl: 'https://deep.example/',
      },
      { url: 'https://gadgets.example/feed', title: 'Gadgets', tags: ['Tech', 'News'] },
      { url: 'http://loose.example/atom.xml', title: 'Loose', tags: [] },
    ]);
  });
});

describe('serializeOpml', () => {
  it('round-trips url, title and tags, escaping markup in titles', () => {
    const subs = [
      sub('https://a.example/feed?x=1&y=2', 'A "quoted" <title> & more', ['news', 'tech', 'daily']),
      sub('https://b.example/rss', 'B', ['tech'], 'https://b.example/'),
      sub('https://c.example/atom', 'C', []),
    ];
    const opml = serializeOpml(subs, 'My <feeds>');
    expect(opml).toContain('<opml version="2.0">');
    expect(opml).toContain('<title>My &lt;feeds&gt;</title>');
    const back = parseOpml(opml);
    const byUrl = new Map(back.map((f) => [f.url, f]));
    for (const s of subs) {
      expect(byUrl.get(s.url)).toMatchObject({ url: s.url, title: s.title, tags: s.tags });
    }
    expect(byUrl.get('https://b.example/rss')!.siteUrl).toBe('https://b.example/');
    expect(back).toHaveLength(3);
  });

  it('keeps control characters out of the document', () => {
    const opml = serializeOpml([sub('https://a.example/', 'Evil\u001b[31m title\u0007', [])]);
    expect(opml).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
