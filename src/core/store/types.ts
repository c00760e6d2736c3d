import type { Article, FeedState, Headline, Subscription } from '../types.js';
import type { FirstScreen } from './first-screen.js';

/** User settings kept in config.json. */
export interface Settings {
  /** Key overrides: command name → keys (see src/ui/keymap.ts). */
  readonly keys?: Readonly<Record<string, readonly string[]>>;
  /** Per-request timeout for feeds and pages, in ms. */
  readonly timeoutMs?: number;
  /** Streaming body cap, in bytes. */
  readonly maxBytes?: number;
  /** Parallel requests in all / per host. */
  readonly concurrency?: number;
  readonly perHost?: number;
  /** Days an article stays in the cache after it left its feed. */
  readonly keepDays?: number;
}

/**
 * Everything newsink keeps, in one home folder. Subscriptions, feed states, read/starred marks and
 * settings are conf files; cached articles are one pair of files per feed (headlines + bodies).
 * Every write is atomic; a file that fails to parse is moved aside and reported via `onWarning`.
 */
export interface Store {
  readonly home: string;

  subscriptions(): readonly Subscription[];
  /** Throws if a subscription with the same URL exists. */
  addSubscription(sub: Subscription): void;
  /** Removes the subscription, its feed state and its cached articles. Returns false if unknown. */
  removeSubscription(url: string): boolean;
  /** Changes titles, tags or site URLs of subscriptions (by URL), in one write. */
  updateSubscriptions(patches: ReadonlyMap<string, Partial<Omit<Subscription, 'url'>>>): void;
  /** Finds a subscription by exact URL, else by case-insensitive title. */
  findSubscription(urlOrTitle: string): Subscription | undefined;

  feedState(url: string): FeedState;
  allFeedStates(): Readonly<Record<string, FeedState>>;
  /** Writes all given feed states in one write. */
  setFeedStates(states: Readonly<Record<string, FeedState>>): void;

  isRead(id: string): boolean;
  isStarred(id: string): boolean;
  setRead(ids: readonly string[], read: boolean): void;
  setStarred(ids: readonly string[], starred: boolean): void;

  settings(): Settings;
  updateSettings(patch: Partial<Settings>): void;

  /** Compact headlines of one feed, or of all subscribed feeds; bodies are not read. */
  loadHeadlines(feedUrl?: string): Headline[];
  /** Plain-text starts of the summaries (id → text) of one feed or of all subscribed feeds, for search. */
  loadSnippets(feedUrl?: string): Map<string, string>;
  /** Full articles (with summary/content) of one feed. */
  loadArticles(feedUrl: string): Article[];
  loadArticle(feedUrl: string, id: string): Article | undefined;
  /**
   * Replaces the cached articles of a feed (headlines and bodies). `snippet` turns a summary's HTML into
   * the plain text kept with the headline for search (feeds/text.ts htmlToText); it is passed in so that
   * opening the store does not load the HTML decoder, which commands that save no articles never use.
   */
  saveArticles(feedUrl: string, articles: readonly Article[], snippet: (html: string) => string): void;
  /**
   * A stamp of what headline lists are built from (subscriptions, cached headlines, marks): it changes
   * with any write to them. The reader saves its first screen under it (first-screen.ts).
   */
  contentStamp(): string;
  /** The first screen saved under `stamp`, if it is still current. */
  loadFirstScreen(stamp: string): FirstScreen | undefined;
  saveFirstScreen(stamp: string, screen: FirstScreen): void;
  /** Passes on a warning about the home's files found elsewhere (e.g. by a parse worker). */
  reportWarning?(message: string): void;
}
