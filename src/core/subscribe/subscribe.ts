import { decodeBytes } from '../feeds/decode.js';
import { parseFeed } from '../feeds/parse.js';
import { htmlToText } from '../feeds/text.js';
import { fetchResource } from '../net/fetch.js';
import { mergeItems } from '../refresh/merge.js';
import { safeHttpUrl } from '../sanitize.js';
import type { Store } from '../store/types.js';
import type { ParsedFeed, Subscription } from '../types.js';
import { discoverFeedLinks } from './discover.js';

export interface SubscribeResult {
  readonly subscription: Subscription;
  readonly itemCount: number;
}

/** A failure a user should read as is (duplicate, no feed found, bad URL). */
export class SubscribeError extends Error {}

/**
 * Subscribes to a feed URL, or to the feed a web page advertises (autodiscovery). Fetches once, stores the
 * feed's articles and validators so the reader has them at once.
 */
export async function subscribe(
  store: Store,
  input: string,
  options: { tags?: readonly string[]; title?: string; now?: Date } = {},
): Promise<SubscribeResult> {
  const url = safeHttpUrl(input);
  if (!url) throw new SubscribeError(`not an http(s) URL: ${input}`);
  assertNotSubscribed(store, url);
  const settings = store.settings();
  const fetchOptions = { timeoutMs: settings.timeoutMs, maxBytes: settings.maxBytes };
  const first = await fetchResource(url, fetchOptions);
  let feedUrl = url;
  let fetched = first;
  let feed: ParsedFeed;
  try {
    feed = await parseFeed(first.bytes, first.contentType, first.url);
  } catch (error) {
    const candidates = looksLikeHtml(first.bytes)
      ? discoverFeedLinks(
          decodeBytes(first.bytes, { contentType: first.contentType, kind: 'html' }).text,
          first.url,
        )
      : [];
    if (candidates.length === 0) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SubscribeError(`no feed found at ${url} (${reason})`);
    }
    feedUrl = candidates[0]!;
    assertNotSubscribed(store, feedUrl);
    fetched = await fetchResource(feedUrl, fetchOptions);
    feed = await parseFeed(fetched.bytes, fetched.contentType, fetched.url);
  }
  const now = options.now ?? new Date();
  const subscription: Subscription = {
    url: feedUrl,
    title: options.title || feed.title || feedUrl,
    tags: [...(options.tags ?? [])],
    ...(feed.link ? { siteUrl: feed.link } : {}),
    addedAt: now.toISOString(),
  };
  store.addSubscription(subscription);
  const merged = mergeItems(feedUrl, [], feed.items, { now, keepDays: settings.keepDays });
  store.saveArticles(feedUrl, merged.articles, htmlToText);
  const checkedAt = now.toISOString();
  store.setFeedStates({
    [feedUrl]: {
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
      status: 'ok',
      checkedAt,
      okAt: checkedAt,
    },
  });
  return { subscription, itemCount: feed.items.length };
}

function assertNotSubscribed(store: Store, url: string): void {
  const existing = store.subscriptions().find((sub) => sub.url === url);
  if (existing) throw new SubscribeError(`already subscribed to ${url} (${existing.title})`);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).toLowerCase();
  return (
    head.includes('<html') ||
    head.includes('<!doctype html') ||
    head.includes('<head') ||
    head.includes('<link')
  );
}
