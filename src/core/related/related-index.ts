import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../store/types.js';
import type { Article } from '../types.js';
import { moveAside, segmentName, writeAtomic } from './files.js';
import { DEFAULT_WINDOW_DAYS, type RelatedMatch, type RelatedQuery, SearchIndex } from './search.js';
import { buildSegment, type Segment } from './segment.js';
import { decodeSegment, encodeSegment } from './segment-file.js';

export type { RelatedMatch, RelatedQuery } from './search.js';

/** The similarity index over the cached articles of all feeds, kept in `<home>/related/`. */
export interface RelatedIndex {
  /** Replaces the documents of one feed (call after a refresh changed its articles). */
  updateFeed(feedUrl: string, articles: readonly Article[]): void;
  removeFeed(feedUrl: string): void;
  /** Writes the feeds changed since opening, each atomically. */
  save(): void;
  /** Up to `limit` cached stories most similar to `query`, best first. */
  similar(query: RelatedQuery, limit?: number): RelatedMatch[];
  /** Problems met while reading the index (corrupt files moved aside), as messages for the user. */
  readonly warnings: readonly string[];
}

export interface RelatedIndexOptions {
  /** Where missing or corrupt feeds are rebuilt from; feeds it no longer subscribes to are dropped. */
  readonly store?: Pick<Store, 'subscriptions' | 'loadArticles'>;
  readonly onWarning?: (message: string) => void;
  /** Days around the query's date searched (default 30). */
  readonly windowDays?: number;
}

/**
 * Opens the related-stories index of a home. Nothing is read until the first `similar`, so a refresh
 * that only calls `updateFeed` and `save` never loads the other feeds. One file per feed; a file that
 * cannot be read is moved aside as `<name>.corrupt-<time>`, reported, and rebuilt from the store's cache.
 */
export function openRelatedIndex(home: string, options: RelatedIndexOptions = {}): RelatedIndex {
  return new HomeRelatedIndex(path.join(home, 'related'), options);
}

class HomeRelatedIndex implements RelatedIndex {
  readonly warnings: string[] = [];
  readonly #dir: string;
  readonly #options: RelatedIndexOptions;
  /** Loaded or updated segments by feed URL; undefined until loaded. */
  #segments: Map<string, Segment> | undefined;
  readonly #changed = new Map<string, Segment | undefined>();
  #search: SearchIndex | undefined;

  constructor(dir: string, options: RelatedIndexOptions) {
    this.#dir = dir;
    this.#options = options;
  }

  #warn(message: string): void {
    this.warnings.push(message);
    this.#options.onWarning?.(message);
  }

  updateFeed(feedUrl: string, articles: readonly Article[]): void {
    const segment = buildSegment(feedUrl, articles);
    this.#changed.set(feedUrl, segment);
    this.#segments?.set(feedUrl, segment);
    this.#search = undefined;
  }

  removeFeed(feedUrl: string): void {
    this.#changed.set(feedUrl, undefined);
    this.#segments?.delete(feedUrl);
    this.#search = undefined;
  }

  save(): void {
    for (const [feed, segment] of this.#changed) {
      const file = path.join(this.#dir, segmentName(feed));
      if (segment) writeAtomic(file, encodeSegment(segment));
      else fs.rmSync(file, { force: true });
    }
    this.#changed.clear();
  }

  similar(query: RelatedQuery, limit = 5): RelatedMatch[] {
    this.#search ??= new SearchIndex([...this.#load().values()]);
    return this.#search.similar(query, limit, {
      windowDays: this.#options.windowDays ?? DEFAULT_WINDOW_DAYS,
    });
  }

  #load(): Map<string, Segment> {
    if (this.#segments) return this.#segments;
    const segments = new Map<string, Segment>();
    for (const name of listSegments(this.#dir)) {
      const file = path.join(this.#dir, name);
      try {
        const segment = decodeSegment(fs.readFileSync(file));
        if (segmentName(segment.feed) !== name) throw new Error('segment names another feed');
        segments.set(segment.feed, segment);
      } catch (error) {
        const aside = moveAside(file);
        const reason = error instanceof Error ? error.message : String(error);
        this.#warn(
          `related-stories index file ${name} could not be read (${reason}); moved to ${aside} and rebuilt`,
        );
      }
    }
    // Updates made before the first look-up win over what was on disk.
    for (const [feed, segment] of this.#changed) {
      if (segment) segments.set(feed, segment);
      else segments.delete(feed);
    }
    this.#segments = segments;
    this.#syncWithStore(segments);
    return segments;
  }

  // Feeds the cache has but the index lacks (first use, corrupt file) are indexed now and saved later.
  #syncWithStore(segments: Map<string, Segment>): void {
    const store = this.#options.store;
    if (!store) return;
    const subscribed = new Set(store.subscriptions().map((sub) => sub.url));
    for (const feed of [...segments.keys()]) {
      if (!subscribed.has(feed)) this.removeFeed(feed);
    }
    for (const feed of subscribed) {
      if (!segments.has(feed)) this.updateFeed(feed, store.loadArticles(feed));
    }
  }
}

function listSegments(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((name) => name.endsWith('.seg'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
