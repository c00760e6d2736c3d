import { sanitizeLine } from '../sanitize.js';
import { openStore } from '../store/store.js';
import type { Store } from '../store/types.js';
import type { Article, Headline } from '../types.js';
import type { PageLink } from './page-links.js';
import { openRelatedIndex, type RelatedMatch } from './related-index.js';
import { normaliseUrl } from './url.js';

/** One entry of an article's "Related" section, as `newsink read --json` prints it. */
export interface RelatedEntry {
  readonly title: string;
  readonly url: string;
  readonly source: 'page' | 'feeds';
  /** For feed matches: the feed's URL, its title, the cached story's id and the similarity (0..1). */
  readonly feed?: string;
  readonly feedTitle?: string;
  readonly id?: string;
  readonly score?: number;
}

/** The story to relate: what the reader has open (page or cache). */
export interface RelatedSubject {
  readonly url?: string;
  readonly title: string;
  /** Plain text or HTML of the story. */
  readonly text?: string;
  readonly published?: string;
}

/** Finds a cached story by its id, else by its (normalised) URL. */
export function findCached(
  store: Pick<Store, 'loadHeadlines' | 'loadArticle'>,
  idOrUrl: string,
): Article | undefined {
  const key = normaliseUrl(idOrUrl);
  let found: Headline | undefined;
  for (const headline of store.loadHeadlines()) {
    if (headline.id === idOrUrl) {
      found = headline;
      break;
    }
    if (!found && key !== undefined && normaliseUrl(headline.url) === key) found = headline;
  }
  return found ? store.loadArticle(found.feed, found.id) : undefined;
}

/** Similar cached stories for a story that may or may not be in the cache (the cached copy wins). */
export function similarInFeeds(
  store: Store,
  subject: RelatedSubject | Article,
  limit: number,
  onWarning?: (message: string) => void,
): RelatedMatch[] {
  const cached = 'id' in subject ? subject : subject.url ? findCached(store, subject.url) : undefined;
  const index = openRelatedIndex(store.home, { store, onWarning });
  const matches = cached
    ? index.similar(
        {
          id: cached.id,
          url: cached.url,
          title: cached.title,
          text: [cached.summary, cached.content].filter(Boolean).join(' '),
          published: cached.published ?? cached.firstSeen,
        },
        limit,
      )
    : index.similar(subject, limit);
  // Feeds found missing or corrupt were indexed just now: keep that work for the next look-up.
  index.save();
  return matches;
}

/**
 * The "Related" section of an article: the page's own related links first, in page order, then
 * up to `limit` similar stories from the user's feeds, best first; never the same URL twice, never
 * the article itself. For a URL that is in the cache, feed matches are computed against the cached
 * story. Reads the cache only (no network).
 */
export function relatedForArticle(
  home: string,
  subject: RelatedSubject,
  pageLinks: readonly PageLink[],
  limit = 5,
): RelatedEntry[] {
  const store = openStore(home);
  const titles = new Map(store.subscriptions().map((sub) => [sub.url, sub.title]));
  const matches = similarInFeeds(store, subject, limit + pageLinks.length);
  return mergeRelated(subject.url, pageLinks, matches, titles, limit);
}

/**
 * The Related entries of an article: the page's links first (page order), then up to `limit` similar
 * cached stories, best first; never the article itself, never one URL twice. Titles sanitised.
 */
export function mergeRelated(
  selfUrl: string | undefined,
  pageLinks: readonly PageLink[],
  matches: readonly RelatedMatch[],
  feedTitles: ReadonlyMap<string, string>,
  limit: number,
): RelatedEntry[] {
  const seen = new Set<string>();
  const self = normaliseUrl(selfUrl);
  if (self) seen.add(self);
  const entries: RelatedEntry[] = [];
  for (const link of pageLinks) {
    const key = normaliseUrl(link.url);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    entries.push({ title: sanitizeLine(link.title), url: link.url, source: 'page' });
  }
  let added = 0;
  for (const match of matches) {
    const key = normaliseUrl(match.url);
    if (!match.url || !key || seen.has(key) || added >= limit) continue;
    seen.add(key);
    added++;
    entries.push({
      title: sanitizeLine(match.title),
      url: match.url,
      source: 'feeds',
      feed: match.feed,
      feedTitle: sanitizeLine(feedTitles.get(match.feed) ?? match.feed),
      id: match.id,
      score: match.score,
    });
  }
  return entries;
}
