import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collectPageRelated } from '../related/page-links.js';
import { sanitizeLine } from '../sanitize.js';
import { blocksFromElement } from './blocks.js';
import { cleanContent, removeBoilerplate } from './clean.js';
import { isoDate, readMetadata } from './metadata.js';
import { blocksToText, collectLinks } from './text.js';
import type { Block, ExtractedArticle } from './types.js';

// Scripts (except JSON-LD metadata), styles, inline SVG and comments never reach the text, and on
// script-heavy news pages they are most of the bytes: dropping them before parsing makes the DOM
// smaller for every later pass. These patterns end where an HTML parser ends those elements.
const INERT =
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->/gi;

function stripInert(html: string): string {
  return html.replace(INERT, '');
}

/**
 * Extracts the readable article from a page: Readability on linkedom, with boilerplate the page
 * marks as such removed first, leftovers cleaned from the result, and metadata (title, byline,
 * date, site, language) taken from JSON-LD / Open Graph / `<time>` / `<html lang>` when Readability
 * has none. Pure: no I/O. Every string in the result is sanitised; links are http(s) only.
 */
export function extractArticle(html: string, url: string): ExtractedArticle {
  const { document } = parseHTML(stripInert(html));
  const meta = readMetadata(document);
  const pageRelated = collectPageRelated(document, url);
  for (const container of pageRelated.containers) container.remove();
  removeBoilerplate(document);

  const parsed = new Readability(document, { serializer: (node: Node) => node }).parse();
  let blocks: Block[] = [];
  if (parsed?.content) {
    const content = parsed.content as unknown as Element;
    cleanContent(content, sanitizeLine(parsed.title) || meta.title || '', url);
    blocks = blocksFromElement(content, { baseUrl: url });
  }
  let text = blocksToText(blocks);
  // Some pages keep the body in JSON-LD only (or behind markup Readability cannot score).
  if (meta.articleBody && meta.articleBody.length > text.length * 1.6 + 200) {
    blocks = meta.articleBody
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({ kind: 'paragraph', inlines: [{ kind: 'text', text: p }] }));
    text = blocksToText(blocks);
  }
  const title = sanitizeLine(parsed?.title) || meta.title || '';
  return {
    url,
    title,
    byline: sanitizeLine(parsed?.byline) || meta.byline || undefined,
    siteName: sanitizeLine(parsed?.siteName) || meta.siteName || undefined,
    published: isoDate(parsed?.publishedTime ?? undefined) ?? meta.published,
    lang: meta.lang ?? (sanitizeLine(parsed?.lang) || undefined),
    blocks,
    text,
    links: collectLinks(blocks),
    related: pageRelated.links.map((l) => ({ title: sanitizeLine(l.title), url: l.url })),
  };
}
