import type { SiteOutlet, SiteStory } from '../site-model.js';
import { esc } from './html.js';

/** The feed document of an outlet, as text in its own format (Atom, RSS 2.0 or JSON Feed 1.1). */
export function renderFeed(site: SiteOutlet): string {
  if (site.outlet.format === 'atom') return renderAtom(site);
  if (site.outlet.format === 'json') return renderJsonFeed(site);
  return renderRss(site);
}

function newest(site: SiteOutlet): Date {
  return site.stories[0]?.published ?? new Date(0);
}

function renderAtom(site: SiteOutlet): string {
  const { outlet } = site;
  const entries = site.stories.map((s) => {
    const when = s.published.toISOString();
    return `  <entry>
    <title>${esc(s.story.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(s.url)}"/>
    <link rel="enclosure" type="image/svg+xml" href="${esc(s.imageUrl)}"/>
    <id>tag:newsink.demo,2026:${outlet.id}/${s.story.slug}</id>
    <published>${when}</published>
    <updated>${when}</updated>
    <author><name>${esc(s.story.author)}</name></author>
    <category term="${esc(s.story.section)}"/>
    <summary type="text">${esc(s.story.dek)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${outlet.lang}">
  <title>${esc(outlet.title)}</title>
  <subtitle>${esc(outlet.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${esc(site.homeUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${esc(site.feedUrl)}"/>
  <id>${esc(site.feedUrl)}</id>
  <updated>${newest(site).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}

function rssItem(s: SiteStory): string {
  return `    <item>
      <title>${esc(s.story.title)}</title>
      <link>${esc(s.url)}</link>
      <guid isPermaLink="true">${esc(s.url)}</guid>
      <pubDate>${s.published.toUTCString()}</pubDate>
      <dc:creator>${esc(s.story.author)}</dc:creator>
      <category>${esc(s.story.section)}</category>
      <description>${esc(s.story.dek)}</description>
      <enclosure url="${esc(s.imageUrl)}" type="image/svg+xml" length="0"/>
    </item>`;
}

function renderRss(site: SiteOutlet): string {
  const { outlet } = site;
  return `<?xml version="1.0" encoding="${outlet.feedCharset}"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${esc(outlet.title)}</title>
    <link>${esc(site.homeUrl)}</link>
    <description>${esc(outlet.description)}</description>
    <language>${outlet.lang}</language>
    <lastBuildDate>${newest(site).toUTCString()}</lastBuildDate>
    <atom:link href="${esc(site.feedUrl)}" rel="self" type="application/rss+xml"/>
${site.stories.map(rssItem).join('\n')}
  </channel>
</rss>
`;
}

function renderJsonFeed(site: SiteOutlet): string {
  const { outlet } = site;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: outlet.title,
    home_page_url: site.homeUrl,
    feed_url: site.feedUrl,
    description: outlet.description,
    language: outlet.lang,
    items: site.stories.map((s) => ({
      id: s.url,
      url: s.url,
      title: s.story.title,
      summary: s.story.dek,
      content_html: `<p>${esc(s.story.dek)}</p>`,
      image: s.imageUrl,
      date_published: s.published.toISOString(),
      authors: [{ name: s.story.author }],
      tags: [s.story.section],
      language: s.lang,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
