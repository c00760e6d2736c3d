/** Links in feeds: relative to xml:base, the site or the feed; identities without tracking noise. */
import { safeHttpUrl } from '../sanitize.js';

/**
 * The base URL that results from applying each base in turn, outermost first (the fetched feed URL, then
 * the feed's site link, then feed-level xml:base, then item-level xml:base). Each may be relative to the
 * one before; a base that does not parse is skipped. Undefined when none is absolute.
 */
export function resolveBase(bases: readonly (string | undefined)[]): string | undefined {
  let current: string | undefined;
  for (const base of bases) {
    if (!base?.trim()) continue;
    try {
      current = new URL(base.trim(), current).href;
    } catch {
      // A malformed base is ignored: the outer one still applies.
    }
  }
  return current;
}

/** `href` as an absolute http(s) URL, resolved against the chain of bases (see resolveBase), else undefined. */
export function resolveUrl(
  href: string | undefined,
  bases: readonly (string | undefined)[],
): string | undefined {
  if (!href) return undefined;
  return safeHttpUrl(href.trim(), resolveBase(bases));
}

/**
 * The identity form of a URL, used as an item key: lower-case scheme and host (URL does this), no
 * fragment, no utm_* tracking parameters. Undefined for anything that is not an absolute http(s) URL.
 */
export function normaliseUrl(input: string): string | undefined {
  const href = safeHttpUrl(input);
  if (!href) return undefined;
  const url = new URL(href);
  url.hash = '';
  const tracking = [...url.searchParams.keys()].filter((name) => /^utm_/i.test(name));
  // Only rewrite the query when there is something to drop: re-serialising changes its escaping.
  for (const name of tracking) url.searchParams.delete(name);
  if (url.search === '?') url.search = '';
  return url.href;
}
