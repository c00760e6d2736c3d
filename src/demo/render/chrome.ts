import { type SiteOutlet, type SiteStory, sectionPath } from '../site-model.js';
import { esc } from './html.js';

// The clutter real news pages carry around a story, so the demo exercises full-text extraction and
// related-link detection the way real sites do. Share links point at reserved .example hosts.

export function cookieBanner(site: SiteOutlet): string {
  const { labels } = site.outlet;
  return `<div class="cookie-consent" role="dialog" aria-label="Cookies"><p>${esc(labels.cookieText)} <a href="/${site.outlet.id}/privacy">Privacy</a></p><button type="button">${esc(labels.accept)}</button></div>`;
}

export function siteHeader(site: SiteOutlet): string {
  const { outlet } = site;
  const links = outlet.sections
    .map((section) => `<li><a href="${sectionPath(outlet, section)}">${esc(section)}</a></li>`)
    .join('');
  if (outlet.theme === 'wordpress') {
    return `<header id="masthead" class="site-header"><p class="site-title"><a href="/${outlet.id}/" rel="home">${esc(outlet.title)}</a></p><p class="site-description">${esc(outlet.description)}</p><nav id="site-navigation" class="main-navigation" aria-label="Menu"><ul id="primary-menu" class="menu">${links}</ul></nav></header>`;
  }
  return `<header class="masthead"><a class="logo" href="/${outlet.id}/">${esc(outlet.title)}</a><nav aria-label="Sections"><ul>${links}</ul></nav><a class="login" href="/${outlet.id}/">Log in</a></header>`;
}

export function shareBar(site: SiteOutlet, story: SiteStory): string {
  const { labels, theme } = site.outlet;
  const u = encodeURIComponent(story.url);
  const items = [
    `<li><a class="share-facebook" href="https://social.example/share?u=${u}">Facebook</a></li>`,
    `<li><a class="share-x" href="https://microblog.example/intent?url=${u}">X</a></li>`,
    `<li><a class="share-whatsapp" href="https://chat.example/send?text=${u}">WhatsApp</a></li>`,
    `<li><a class="share-email" href="mailto:?subject=${encodeURIComponent(story.story.title)}&amp;body=${u}">Email</a></li>`,
    `<li><button type="button" class="copy-url">${esc(labels.copyLink)}</button></li>`,
  ].join('');
  const toast = '<div class="toast" role="status" hidden>Link copied to clipboard</div>';
  if (theme === 'wordpress') {
    return `<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">${esc(labels.share)}:</h3><ul>${items}</ul>${toast}</div>`;
  }
  return `<div class="share-bar" aria-label="${esc(labels.share)}"><span>${esc(labels.share)}</span><ul>${items}</ul>${toast}</div>`;
}

export function newsletterBox(site: SiteOutlet): string {
  const { labels } = site.outlet;
  return `<aside class="newsletter-signup"><h3>${esc(labels.newsletterTitle)}</h3><p>${esc(labels.newsletterText)}</p><form action="/${site.outlet.id}/" method="get"><input type="email" name="email" placeholder="you@example.com"><button type="submit">${esc(labels.subscribe)}</button></form></aside>`;
}

export function inlineReadAlso(site: SiteOutlet, target: SiteStory): string {
  const label = esc(site.outlet.labels.readAlso);
  return `<p><strong>${label}</strong> <a href="${target.path}">${esc(target.story.title)}</a></p>`;
}

export function relatedBox(site: SiteOutlet, story: SiteStory): string {
  const { labels, theme } = site.outlet;
  const items = story.related
    .map(
      (r) =>
        `<li><a href="${r.path}"><img src="/img/${r.outlet.id}/${r.story.slug}.svg" alt=""><span>${esc(r.story.title)}</span></a></li>`,
    )
    .join('');
  if (theme === 'wordpress') {
    return `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>${esc(labels.related)}</em></h3><ul class="jp-relatedposts-items">${items}</ul></div>`;
  }
  return `<aside class="related-stories" aria-labelledby="related-heading"><h2 id="related-heading">${esc(labels.related)}</h2><ul>${items}</ul></aside>`;
}

/** A "most read" widget: the outlet's other stories, oldest first (as if older stories had gathered more readers). */
export function mostReadWidget(site: SiteOutlet, current: SiteStory): string {
  const { labels, theme } = site.outlet;
  const items = [...site.stories]
    .reverse()
    .filter((s) => s !== current)
    .slice(0, 4)
    .map((s) => `<li><a href="${s.path}">${esc(s.story.title)}</a></li>`)
    .join('');
  if (theme === 'wordpress') {
    return `<aside id="secondary" class="widget-area"><section class="widget widget_popular_posts"><h2 class="widget-title">${esc(labels.mostRead)}</h2><ol>${items}</ol></section></aside>`;
  }
  return `<aside class="most-read"><h2>${esc(labels.mostRead)}</h2><ol>${items}</ol></aside>`;
}

export function siteFooter(site: SiteOutlet): string {
  const { outlet } = site;
  const year = new Date().getUTCFullYear();
  const sections = outlet.sections
    .map((section) => `<a href="${sectionPath(outlet, section)}">${esc(section)}</a>`)
    .join(' · ');
  return `<footer id="colophon" class="site-footer"><nav aria-label="Footer">${sections} · <a href="/${outlet.id}/privacy">Privacy</a> · <a href="/${outlet.id}/about">About</a></nav><p>© ${year} ${esc(outlet.title)}. ${esc(outlet.labels.rights)} A sample site bundled with newsink; every story is fiction.</p></footer>`;
}
