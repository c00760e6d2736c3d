import { describe, expect, it } from 'vitest';
import { NotAFeedError, parseFeed } from '../../../src/core/feeds/parse.js';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const FEED_URL = 'https://example.com/feeds/main.xml';

describe('parseFeed', () => {
  it('normalises RSS 2.0 items: plain titles, absolute links, ISO dates, enclosures', async () => {
    const feed = await parseFeed(
      bytes(`<?xml version="1.0"?><rss version="2.0"><channel>
        <title>News &amp;amp; Views</title><link>https://example.com/</link>
        <item><title>&lt;b&gt;Big&lt;/b&gt;   news &amp;#8217;s</title><link>/story/1#top</link>
          <guid isPermaLink="false">id-1</guid><author>ed@example.com (Ed Itor)</author><pubDate>Tue, 02 Jan 2024 10:00:00 EST</pubDate>
          <description>&lt;p&gt;Summary&lt;/p&gt;</description>
          <enclosure url="/a.mp3" length="123" type="audio/mpeg"/></item>
        <item><link>https://Example.COM/x?utm_source=rss&amp;id=2#frag</link>
          <description>No title here, only a summary that goes on for a while.</description>
          <pubDate>not a date</pubDate></item>
      </channel></rss>`),
      'application/rss+xml',
      FEED_URL,
    );
    expect(feed.title).toBe('News & Views');
    expect(feed.link).toBe('https://example.com/');
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      key: 'id-1',
      title: 'Big news ’s',
      author: 'Ed Itor',
      url: 'https://example.com/story/1#top',
      published: '2024-01-02T15:00:00.000Z',
      summary: '<p>Summary</p>',
      enclosures: [{ url: 'https://example.com/a.mp3', length: 123, type: 'audio/mpeg' }],
    });
    expect(second!.key).toBe('https://example.com/x?id=2');
    expect(second!.title).toBe('No title here, only a summary that goes on for a while.');
    expect(second!.published).toBeUndefined();
  });

  it('parses <rss> without a version as RSS 2.0', async () => {
    const feed = await parseFeed(
      bytes('<rss><channel><title>T</title><item><title>A</title></item></channel></rss>'),
      undefined,
      FEED_URL,
    );
    expect(feed.items.map((i) => i.title)).toEqual(['A']);
  });

  it('resolves Atom links against item and feed xml:base', async () => {
    const feed = await parseFeed(
      bytes(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/blog/">
        <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>Bold</b> blog</div></title>
        <link href="https://base.example/"/>
        <entry xml:base="posts/"><id>tag:1</id><title>One</title><link href="one.html"/>
          <updated>2024-05-01T12:00:00+02:00</updated><author><name>Ann</name></author></entry>
        <entry><id>tag:2</id><title>Two</title><link rel="alternate" href="two.html"/>
          <link rel="enclosure" href="two.mp3" type="audio/mpeg"/><published>2024-05-02</published></entry>
        <entry><id>tag:3</id><title>Bad</title><link href="javascript:alert(1)"/>
          <published>yesterday-ish</published></entry>
      </feed>`),
      'application/atom+xml',
      FEED_URL,
    );
    expect(feed.title).toBe('Bold blog');
    expect(feed.items[0]).toMatchObject({
      url: 'https://base.example/blog/posts/one.html',
      author: 'Ann',
      published: '2024-05-01T10:00:00.000Z',
    });
    expect(feed.items[1]!.url).toBe('https://base.example/blog/two.html');
    expect(feed.items[1]!.enclosures[0]!.url).toBe('https://base.example/blog/two.mp3');
    expect(feed.items[2]!.url).toBeUndefined();
    expect(feed.items[2]!.published).toBeUndefined();
  });

  it('reads JSON Feed 1.1', async () => {
    const feed = await parseFeed(
      bytes(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'JSON news',
          home_page_url: 'https://json.example/',
          authors: [{ name: 'Feed Author' }],
          items: [
            {
              id: 1,
              url: '/p/1',
              title: 'One',
              summary: 'x <y> z',
              content_text: 'a < b',
              date_published: '2024-01-02T03:04:05Z',
            },
            {
              id: 'two',
              content_html: '<p>Second <em>item</em></p>',
              attachments: [{ url: 'https://json.example/e.mp3', mime_type: 'audio/mpeg', size_in_bytes: 9 }],
            },
          ],
        }),
      ),
      'application/feed+json',
      FEED_URL,
    );
    expect(feed).toMatchObject({ title: 'JSON news', link: 'https://json.example/' });
    expect(feed.items[0]).toMatchObject({
      key: '1',
      title: 'One',
      url: 'https://json.example/p/1',
      author: 'Feed Author',
      summary: 'x &lt;y&gt; z',
      content: 'a &lt; b',
      published: '2024-01-02T03:04:05.000Z',
    });
    expect(feed.items[1]).toMatchObject({ key: 'two', title: 'Second item' });
    expect(feed.items[1]!.enclosures).toEqual([
      { url: 'https://json.example/e.mp3', type: 'audio/mpeg', length: 9 },
    ]);
  });

  it('rejects an HTML page with "not a feed"', async () => {
    const page = bytes('<!DOCTYPE html><html><head><title>Hi</title></head><body>Hello</body></html>');
    await expect(parseFeed(page, 'text/html', FEED_URL)).rejects.toMatchObject({ message: 'not a feed' });
    await expect(parseFeed(page, 'text/html', FEED_URL)).rejects.toBeInstanceOf(NotAFeedError);
  });

  it('rejects an empty body', async () => {
    await expect(parseFeed(new Uint8Array(), undefined, FEED_URL)).rejects.toThrow('empty document');
    await expect(parseFeed(bytes('  \n'), undefined, FEED_URL)).rejects.toThrow('empty document');
  });

  it('reads feeds with bare ampersands, HTML entities and a truncated end', async () => {
    const feed = await parseFeed(
      bytes(
        '<rss version="2.0"><channel><title>Fish & Chips&nbsp;&copy;</title><item><title>A</title></item>',
      ),
      undefined,
      FEED_URL,
    );
    expect(feed.title).toBe('Fish & Chips ©');
    expect(feed.items.map((i) => i.title)).toEqual(['A']);
  });

  it('strips terminal escape sequences from titles', async () => {
    const feed = await parseFeed(
      bytes(
        '<rss version="2.0"><channel><title>Evil&#x1b;[31m red</title><item><title>x&#x9b;2J</title></item></channel></rss>',
      ),
      undefined,
      FEED_URL,
    );
    expect(feed.title).not.toMatch(/[\u001b\u009b]/);
    expect(feed.items[0]!.title).not.toMatch(/[\u001b\u009b]/);
  });
});
