import { decodeBytes } from '../feeds/decode.js';
import { type FetchOptions, fetchResource } from '../net/fetch.js';
import { safeHttpUrl, sanitizeLine } from '../sanitize.js';
import { extractArticle } from './extract.js';
import type { FulltextCache } from './fulltext-cache.js';
import type { ExtractedArticle } from './types.js';

/** A page that answered with something other than HTML (a PDF, an image, …). */
export class NotHtmlError extends Error {
  override readonly name = 'NotHtmlError';
  constructor(readonly contentType: string) {
    super(`not an HTML page (${sanitizeLine(contentType)})`);
  }
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)$/;
// Pages past this are cut, not refused: the story is near the top.
const PAGE_MAX_BYTES = 5 * 1024 * 1024;

/** The media type of a Content-Type header, lower case, or '' when absent. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Whether bytes look like markup (for responses without a Content-Type). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<') || head.includes('<html') || head.includes('<p');
}

/**
 * Turns fetched page bytes into an article, refusing non-HTML content types with NotHtmlError.
 * `url` is the final URL (links resolve against it).
 */
export function articleFromPage(
  bytes: Uint8Array,
  contentType: string | undefined,
  url: string,
): ExtractedArticle {
  const type = mediaType(contentType);
  if (type ? !HTML_TYPES.test(type) : !looksLikeHtml(bytes)) throw new NotHtmlError(type || 'unknown type');
  const { text } = decodeBytes(bytes, { contentType, kind: 'html' });
  return extractArticle(text, url);
}

export interface LoadOptions {
  /** Passed to the fetch layer (timeout, size cap, abort signal, user agent). */
  readonly fetch?: Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'signal' | 'userAgent'>;
  /** Where extracted articles are kept; a hit skips the network. */
  readonly cache?: FulltextCache;
}

/**
 * The full text of the article at `url`: from the cache when it is there, else fetched (size-capped,
 * cut rather than refused), decoded (charset from header / `<meta charset>` / BOM), extracted and
 * cached. Rejects with FetchError (404, timeout, …), NotHtmlError, or an Error for a non-http(s) URL.
 */
export async function loadFullText(url: string, opts: LoadOptions = {}): Promise<ExtractedArticle> {
  const safe = safeHttpUrl(url);
  if (!safe) throw new Error(`not an http(s) URL: ${sanitizeLine(url)}`);
  const cached = opts.cache?.get(safe);
  if (cached) return cached;
  const response = await fetchResource(safe, {
    maxBytes: PAGE_MAX_BYTES,
    ...opts.fetch,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
    onTooLarge: 'truncate',
  });
  const article = articleFromPage(response.bytes, response.contentType, response.url);
  opts.cache?.put(safe, article);
  return article;
}
