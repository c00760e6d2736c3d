import { safeHttpUrl } from '../sanitize.js';

// Query parameters that only track a click and never change which page is served.
const TRACKING_PARAM =
  /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|cmpid|ocid|amp)$/i;

/**
 * A comparison key for a URL: scheme-less, lower-case host without `www.`, no fragment, no tracking
 * parameters, sorted query, no trailing slash. Two links to the same story give the same key.
 * Returns undefined for anything that is not an http(s) URL.
 */
export function normaliseUrl(input: string | undefined, base?: string): string | undefined {
  if (!input) return undefined;
  let url: URL;
  try {
    // One parse, no sanitising: this is only a comparison key, and the URL parser drops or escapes controls.
    url = base ? new URL(input.trim(), base) : new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\d?\./, '');
  const port = url.port ? `:${url.port}` : '';
  let query = '';
  if (url.search) {
    const params = [...url.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
    params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  }
  let pathname = url.pathname.replace(/\/+$/, '');
  pathname = pathname.replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/i, '');
  return `${host}${port}${pathname}${query}`;
}

// Plain URLs (lower-case host, no port, query or escapes) whose key needs no URL parser.
const SIMPLE_URL = /^https?:\/\/([a-z0-9.-]+)((?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@]*)*)(?:#.*)?$/;

/** normaliseUrl, without parsing URLs that are plain already: the same key, several times faster. */
export function quickUrlKey(input: string | undefined): string | undefined {
  if (!input) return undefined;
  const match = SIMPLE_URL.exec(input);
  // Dot segments ("/../") are resolved by the URL parser.
  if (!match || /\/\.\.?(?:\/|$)/.test(match[2]!)) return normaliseUrl(input);
  const host = match[1]!.replace(/^www\d?\./, '');
  const pathname = match[2]!.replace(/\/+$/, '').replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/i, '');
  return `${host}${pathname}`;
}

/** The URL as it should be shown and opened: http(s) only, without its fragment or tracking parameters. */
export function cleanUrl(input: string | undefined, base?: string): string | undefined {
  const href = safeHttpUrl(input, base);
  if (!href) return undefined;
  const url = new URL(href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  return url.href;
}

// Second-level labels under a country code that are public suffixes in practice (co.uk, com.au, go.id, …).
const SECOND_LEVEL = /^(?:co|com|net|org|gov|go|ac|edu|or|ne|web|my|biz|info|sch|mil|nic|gob|gouv)$/;

/**
 * The registrable part of a host ("news.example.co.uk" → "example.co.uk"), a cheap stand-in for the
 * public-suffix list: enough to tell that news.site.com and www.site.com are one site.
 */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels.at(-1) ?? '')) return labels.join('.');
  const tld = labels.at(-1)!;
  const second = labels.at(-2)!;
  const keep = tld.length === 2 && SECOND_LEVEL.test(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
