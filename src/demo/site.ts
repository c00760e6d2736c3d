import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { renderArticlePage } from './render/article-page.js';
import { renderFeed } from './render/feeds.js';
import { renderImage, renderIndexPage, renderInfoPage, renderOutletPage } from './render/listing-pages.js';
import { buildSiteModel, type SiteModel, sectionPath } from './site-model.js';

/** One response body the demo server can send, with its headers' values precomputed. */
export interface Resource {
  readonly contentType: string;
  readonly body: Buffer;
  /** A strong validator: a hash of the body. */
  readonly etag: string;
}

const FEED_MEDIA_TYPE = {
  atom: 'application/atom+xml',
  rss: 'application/rss+xml',
  json: 'application/feed+json',
};

function resource(contentType: string, body: Buffer): Resource {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { contentType, body, etag };
}

/**
 * Encodes text in a legacy single-byte charset; a character the charset lacks becomes a numeric
 * character reference, which XML and HTML read back as the same character.
 */
export function encodeLegacy(text: string, charset: string): Buffer {
  const bytes = iconv.encode(text, charset);
  if (iconv.decode(bytes, charset) === text) return bytes;
  // Only ASCII is sure to exist in every legacy charset; test the rest one character at a time.
  const safe = text.replace(/[^\x00-\x7f]/gu, (ch) =>
    iconv.decode(iconv.encode(ch, charset), charset) === ch ? ch : `&#${ch.codePointAt(0)};`,
  );
  return iconv.encode(safe, charset);
}

function utf8(contentType: string, render: () => string): () => Resource {
  return () => resource(`${contentType}; charset=utf-8`, Buffer.from(render(), 'utf8'));
}

/** A resource rendered on first request and kept (pages are dated once, when the site is built). */
function once(render: () => Resource): () => Resource {
  let done: Resource | undefined;
  return () => {
    done ??= render();
    return done;
  };
}

/**
 * Every path of the demo site under `origin`, dated relative to `now`. Each body is rendered on its
 * first request, so the server is up at once (page dates need the locale data of four languages).
 */
export function buildSite(
  origin: string,
  now: Date,
): { model: SiteModel; routes: Map<string, () => Resource> } {
  const model = buildSiteModel(origin, now);
  const routes = new Map<string, () => Resource>();
  const add = (path: string, render: () => Resource) => routes.set(path, once(render));
  add(
    '/',
    utf8('text/html', () => renderIndexPage(model)),
  );
  model.outlets.forEach((site, n) => {
    const { outlet } = site;
    const mediaType = FEED_MEDIA_TYPE[outlet.format];
    add(
      site.feedPath,
      outlet.feedCharset === 'utf-8'
        ? utf8(mediaType, () => renderFeed(site))
        : () =>
            resource(
              `${mediaType}; charset=${outlet.feedCharset}`,
              encodeLegacy(renderFeed(site), outlet.feedCharset),
            ),
    );
    add(
      `/${outlet.id}/`,
      utf8('text/html', () => renderOutletPage(site)),
    );
    add(
      `/${outlet.id}/about`,
      utf8('text/html', () => renderInfoPage(site, 'about')),
    );
    add(
      `/${outlet.id}/privacy`,
      utf8('text/html', () => renderInfoPage(site, 'privacy')),
    );
    for (const section of outlet.sections) {
      add(
        sectionPath(outlet, section),
        utf8('text/html', () => renderOutletPage(site, section)),
      );
    }
    site.stories.forEach((s, i) => {
      add(
        s.path,
        utf8('text/html', () => renderArticlePage(site, s)),
      );
      const hue = (n * 90 + i * 23) % 360;
      add(
        new URL(s.imageUrl).pathname,
        utf8('image/svg+xml', () => renderImage(s.story.image.alt, hue)),
      );
    });
  });
  return { model, routes };
}
