/** Shapes shared across the core. Every string field here has already passed through sanitize.ts. */

/** A feed the user subscribes to. `url` is the feed document's URL and is the feed's identity. */
export interface Subscription {
  readonly url: string;
  /** The feed's own title, or what the user/OPML gave it. */
  readonly title: string;
  readonly tags: readonly string[];
  /** The site's home page, when the feed names one. */
  readonly siteUrl?: string;
  readonly addedAt: string;
}

export type FetchStatus = 'ok' | 'not-modified' | 'error';

/** What the last refresh of a feed left behind (kept in the feed-state store). */
export interface FeedState {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly status?: FetchStatus;
  readonly error?: string;
  /** ISO time of the last attempt. */
  readonly checkedAt?: string;
  /** ISO time of the last successful (200 or 304) fetch. */
  readonly okAt?: string;
}

export interface Enclosure {
  readonly url: string;
  readonly type?: string;
  readonly length?: number;
}

/** One story, normalised from any feed format. */
export interface Article {
  /** Short stable id: hash of the feed URL and the item's guid / link / title+date. */
  readonly id: string;
  /** The feed's URL. */
  readonly feed: string;
  readonly title: string;
  /** Absolute http(s) URL of the story, when the item has one. */
  readonly url?: string;
  readonly author?: string;
  /** ISO 8601, when the item carries a date that could be read. */
  readonly published?: string;
  /** ISO time this item was first seen; sorts items that have no date. */
  readonly firstSeen: string;
  /** Summary / description as HTML (untrusted markup, sanitised text). */
  readonly summary?: string;
  /** Full content as HTML when the feed carries it. */
  readonly content?: string;
  readonly enclosures: readonly Enclosure[];
}

/** The compact part of an Article that lists, search and start-up need (no bodies). */
export interface Headline {
  readonly id: string;
  readonly feed: string;
  readonly title: string;
  readonly url?: string;
  readonly author?: string;
  readonly published?: string;
  readonly firstSeen: string;
  /** Plain-text start of the summary, for search and previews (at most ~300 characters). */
  readonly snippet?: string;
}

/** A parsed feed document before it is tied to a subscription. */
export interface ParsedFeed {
  readonly title: string;
  /** The site's home page. */
  readonly link?: string;
  readonly items: readonly ParsedItem[];
}

/** An item as parsed, before ids and first-seen times are assigned. */
export interface ParsedItem {
  /** guid, else normalised link, else undefined (the id then comes from title + date). */
  readonly key?: string;
  readonly title: string;
  readonly url?: string;
  readonly author?: string;
  readonly published?: string;
  readonly summary?: string;
  readonly content?: string;
  readonly enclosures: readonly Enclosure[];
}

/** Sort key: the published date, else when the item was first seen (never 1970). */
export function sortTime(item: { readonly published?: string; readonly firstSeen: string }): number {
  const t = item.published ? Date.parse(item.published) : Number.NaN;
  return Number.isNaN(t) ? Date.parse(item.firstSeen) : t;
}
