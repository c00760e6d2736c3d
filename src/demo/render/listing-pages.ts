import type { SiteModel, SiteOutlet, SiteStory } from '../site-model.js';
import { cookieBanner, siteFooter, siteHeader } from './chrome.js';
import { esc, humanDate } from './html.js';

function page(lang: string, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body>
${body}
</body>
</html>
`;
}

function storyList(stories: readonly SiteStory[]): string {
  const items = stories
    .map(
      (s) =>
        `<li><a href="${s.path}">${esc(s.story.title)}</a> <time datetime="${s.published.toISOString()}">${esc(humanDate(s.published, s.lang))}</time><p>${esc(s.story.dek)}</p></li>`,
    )
    .join('\n');
  return `<ul class="story-list">\n${items}\n</ul>`;
}

/** The outlet's front page, or one of its section pages when `section` is given. */
export function renderOutletPage(site: SiteOutlet, section?: string): string {
  const stories = section ? site.stories.filter((s) => s.story.section === section) : site.stories;
  const heading = section ? `${section} – ${site.outlet.title}` : site.outlet.title;
  return page(
    site.outlet.lang,
    heading,
    `${cookieBanner(site)}\n${siteHeader(site)}\n<main><h1>${esc(heading)}</h1>\n${storyList(stories)}\n</main>\n${siteFooter(site)}`,
  );
}

/** The outlet's "about" or "privacy" page: a short note that the site is a bundled fiction. */
export function renderInfoPage(site: SiteOutlet, kind: 'about' | 'privacy'): string {
  const text =
    kind === 'about'
      ? `${site.outlet.title} is a made-up outlet in a made-up town, bundled with newsink so that its features can be tried offline.`
      : 'This sample site keeps no data; its cookie banner is only there to look like the real thing.';
  return page(
    site.outlet.lang,
    `${kind} – ${site.outlet.title}`,
    `${siteHeader(site)}\n<main><h1>${esc(kind)}</h1><p>${esc(text)}</p></main>\n${siteFooter(site)}`,
  );
}

/** The server's root page: what the demo holds and where its feeds are. */
export function renderIndexPage(model: SiteModel): string {
  const rows = model.outlets
    .map(
      (o) =>
        `<li><a href="/${o.outlet.id}/">${esc(o.outlet.title)}</a> (${esc(o.outlet.lang)}, ${o.stories.length} stories) – feed: <a href="${o.feedPath}">${esc(o.feedUrl)}</a> (${o.outlet.format}, ${o.outlet.feedCharset})</li>`,
    )
    .join('\n');
  return page(
    'en',
    'newsink demo site',
    `<h1>newsink demo site</h1>\n<p>Four made-up outlets covering a made-up port town, served from inside newsink.</p>\n<ul>\n${rows}\n</ul>`,
  );
}

/** A placeholder picture for a story: a coloured card with its alt text as the title. */
export function renderImage(alt: string, hue: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"><title>${esc(alt)}</title><rect width="800" height="450" fill="hsl(${hue} 55% 55%)"/><circle cx="640" cy="110" r="60" fill="hsl(${(hue + 40) % 360} 80% 75%)"/><path d="M0 330 Q200 280 400 330 T800 330 V450 H0Z" fill="hsl(${(hue + 180) % 360} 45% 35%)"/></svg>\n`;
}
