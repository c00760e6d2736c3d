import type { SiteOutlet, SiteStory } from '../site-model.js';
import { renderBlock } from './blocks.js';
import {
  cookieBanner,
  inlineReadAlso,
  mostReadWidget,
  newsletterBox,
  relatedBox,
  shareBar,
  siteFooter,
  siteHeader,
} from './chrome.js';
import { esc, humanDate } from './html.js';

function jsonLd(site: SiteOutlet, s: SiteStory): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: s.story.title,
    description: s.story.dek,
    datePublished: s.published.toISOString(),
    inLanguage: s.lang,
    author: { '@type': 'Person', name: s.story.author },
    publisher: { '@type': 'Organization', name: site.outlet.title },
    image: s.imageUrl,
    mainEntityOfPage: s.url,
  };
  // "<" is escaped so no string can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function head(site: SiteOutlet, s: SiteStory): string {
  const title = esc(s.story.title);
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${esc(site.outlet.title)}</title>
<meta name="description" content="${esc(s.story.dek)}">
<link rel="canonical" href="${s.url}">
<link rel="alternate" type="${feedType(site)}" title="${esc(site.outlet.title)}" href="${site.feedPath}">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="${esc(site.outlet.title)}">
<meta property="og:url" content="${s.url}">
<meta property="og:image" content="${s.imageUrl}">
<meta property="article:published_time" content="${s.published.toISOString()}">
<meta name="author" content="${esc(s.story.author)}">
<script type="application/ld+json">${jsonLd(site, s)}</script>
<script>window.dataLayer=window.dataLayer||[];function track(){dataLayer.push(arguments)}track('page');</script>
<style>body{font-family:Georgia,serif;max-width:60rem;margin:auto}.cookie-consent{position:fixed;bottom:0}</style>
</head>`;
}

function feedType(site: SiteOutlet): string {
  if (site.outlet.format === 'atom') return 'application/atom+xml';
  if (site.outlet.format === 'json') return 'application/feed+json';
  return 'application/rss+xml';
}

function figure(site: SiteOutlet, s: SiteStory): string {
  const credit = `${site.outlet.labels.photo}: ${site.outlet.title}/${s.story.author}`;
  return `<figure class="lead-image"><img src="/img/${site.outlet.id}/${s.story.slug}.svg" alt="${esc(s.story.image.alt)}" width="800" height="450"><figcaption>${esc(s.story.image.caption)} <span class="credit">${esc(credit)}</span></figcaption></figure>`;
}

/** The body: blocks, with an inline "read also" link after the second and a newsletter box after the fourth. */
function body(site: SiteOutlet, s: SiteStory): string {
  const parts: string[] = [];
  s.story.body.forEach((block, i) => {
    parts.push(renderBlock(block));
    if (i === 1 && s.related[0]) parts.push(inlineReadAlso(site, s.related[0]));
    if (i === 3) parts.push(newsletterBox(site));
  });
  return parts.join('\n');
}

function byline(site: SiteOutlet, s: SiteStory): string {
  const { labels } = site.outlet;
  const when = `<time datetime="${s.published.toISOString()}">${esc(humanDate(s.published, s.lang))}</time>`;
  return `${esc(labels.by)} <a rel="author" href="/${site.outlet.id}/about">${esc(s.story.author)}</a> · ${when}`;
}

/** The full HTML page of one demo story, with the clutter a real news site puts around it. */
export function renderArticlePage(site: SiteOutlet, s: SiteStory): string {
  const { outlet } = site;
  const section = `<a class="section-label" href="${s.path.slice(0, s.path.lastIndexOf('/') + 1)}">${esc(s.story.section)}</a>`;
  const article =
    outlet.theme === 'wordpress'
      ? `<article class="post type-post status-publish hentry"><header class="entry-header">${section}<h1 class="entry-title">${esc(s.story.title)}</h1><div class="entry-meta"><span class="byline">${byline(site, s)}</span></div></header>
${shareBar(site, s)}
${figure(site, s)}
<div class="entry-content">
<p class="excerpt"><strong>${esc(s.story.dek)}</strong></p>
${body(site, s)}
</div>
${relatedBox(site, s)}
${shareBar(site, s)}
</article>`
      : `<article class="story">${section}<h1 class="headline">${esc(s.story.title)}</h1><p class="standfirst">${esc(s.story.dek)}</p><div class="byline">${byline(site, s)}</div>
${shareBar(site, s)}
${figure(site, s)}
<div class="story-body">
${body(site, s)}
</div>
${relatedBox(site, s)}
</article>`;
  return `<!DOCTYPE html>
<html lang="${esc(s.lang)}">
${head(site, s)}
<body class="${outlet.theme === 'wordpress' ? 'single single-post' : 'article-page'}">
${cookieBanner(site)}
${siteHeader(site)}
<main id="main" class="site-main">
${article}
</main>
${mostReadWidget(site, s)}
${siteFooter(site)}
</body>
</html>
`;
}
