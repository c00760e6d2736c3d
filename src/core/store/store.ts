import path from 'node:path';
import type Conf from 'conf';
import type { Article, FeedState, Headline, Subscription } from '../types.js';
import { sortTime } from '../types.js';
import type { Warn } from './atomic.js';
import { ArticleCache } from './cache.js';
import { openConfFile } from './conf-file.js';
import { contentStamp, type FirstScreen, readFirstScreen, writeFirstScreen } from './first-screen.js';
import { resolveHome } from './home.js';
import type { Settings, Store } from './types.js';

type ConfigData = {
  subscriptions?: Subscription[];
  settings?: Settings;
  /** Set once the home has had subscriptions (defaults or the user's); defaults are never re-added after. */
  initialized?: boolean;
};
type FeedStateData = Record<string, FeedState>;
type MarksData = { read?: string[]; starred?: string[] };

export interface OpenStoreOptions {
  /** Told about state files that could not be read and were moved aside. Default: a line on stderr. */
  readonly onWarning?: Warn;
}

/** Opens (creating as needed) the home folder and its state. */
export function openStore(home: string = resolveHome(), options: OpenStoreOptions = {}): Store & HomeFlags {
  const warn =
    options.onWarning ?? ((message: string) => process.stderr.write(`newsink: warning: ${message}\n`));
  return new HomeStore(home, warn);
}

/** Whether the built-in feeds may still be added (see defaults.ts). */
export interface HomeFlags {
  isInitialized(): boolean;
  markInitialized(): void;
}

class HomeStore implements Store, HomeFlags {
  readonly home: string;
  readonly #config: Conf<ConfigData>;
  readonly #feeds: Conf<FeedStateData>;
  #marksFile: Conf<MarksData> | undefined;
  readonly #cache: ArticleCache;
  readonly #warn: Warn;
  #marks: { read: Set<string>; starred: Set<string> } | undefined;

  constructor(home: string, warn: Warn) {
    this.home = home;
    this.#warn = warn;
    this.#config = openConfFile<ConfigData>(home, 'config', warn);
    this.#feeds = openConfFile<FeedStateData>(home, 'feeds', warn);

    this.#cache = new ArticleCache(home, warn);
  }

  isInitialized(): boolean {
    return this.#config.get('initialized') === true;
  }

  markInitialized(): void {
    if (!this.isInitialized()) this.#config.set('initialized', true);
  }

  subscriptions(): readonly Subscription[] {
    const subs = this.#config.get('subscriptions');
    return Array.isArray(subs) ? subs : [];
  }

  addSubscription(sub: Subscription): void {
    const subs = this.subscriptions();
    if (subs.some((existing) => existing.url === sub.url)) {
      throw new Error(`already subscribed to ${sub.url}`);
    }
    this.#config.set({ subscriptions: [...subs, sub], initialized: true });
  }

  updateSubscriptions(patches: ReadonlyMap<string, Partial<Omit<Subscription, 'url'>>>): void {
    if (patches.size === 0) return;
    const subs = this.subscriptions();
    this.#config.set(
      'subscriptions',
      subs.map((sub) => {
        const patch = patches.get(sub.url);
        return patch ? { ...sub, ...patch } : sub;
      }),
    );
  }

  removeSubscription(url: string): boolean {
    const subs = this.subscriptions();
    if (!subs.some((sub) => sub.url === url)) return false;
    const ids = this.#cache.loadHeadlines(url).map((headline) => headline.id);
    this.#config.set(
      'subscriptions',
      subs.filter((sub) => sub.url !== url),
    );
    this.#feeds.delete(url);
    this.#cache.remove(url);
    if (ids.length > 0) this.#writeMarks(ids, 'read', false, ids, 'starred');
    return true;
  }

  findSubscription(urlOrTitle: string): Subscription | undefined {
    const subs = this.subscriptions();
    const wanted = urlOrTitle.trim();
    const lower = wanted.toLowerCase();
    return (
      subs.find((sub) => sub.url === wanted) ??
      subs.find((sub) => sub.url.replace(/\/+$/, '') === wanted.replace(/\/+$/, '')) ??
      subs.find((sub) => sub.title.toLowerCase() === lower)
    );
  }

  feedState(url: string): FeedState {
    return this.#feeds.get(url) ?? {};
  }

  allFeedStates(): Readonly<Record<string, FeedState>> {
    return this.#feeds.store;
  }

  setFeedStates(states: Readonly<Record<string, FeedState>>): void {
    // Replaced whole: conf's set() would read and parse the file once more and walk every value.
    this.#feeds.store = { ...this.#feeds.store, ...states };
  }

  // The marks file is opened on first use: a refresh never needs it (one file fewer to open and parse
  // before the first request).
  #marksConf(): Conf<MarksData> {
    this.#marksFile ??= openConfFile<MarksData>(this.home, 'marks', this.#warn, { compact: true });
    return this.#marksFile;
  }

  #markSets(): { read: Set<string>; starred: Set<string> } {
    if (!this.#marks) {
      const marks = this.#marksConf().store;
      this.#marks = { read: new Set(stringArray(marks.read)), starred: new Set(stringArray(marks.starred)) };
    }
    return this.#marks;
  }

  isRead(id: string): boolean {
    return this.#markSets().read.has(id);
  }

  isStarred(id: string): boolean {
    return this.#markSets().starred.has(id);
  }

  setRead(ids: readonly string[], read: boolean): void {
    this.#writeMarks(ids, 'read', read);
  }

  setStarred(ids: readonly string[], starred: boolean): void {
    this.#writeMarks(ids, 'starred', starred);
  }

  /**
   * Read-modify-write of the marks file: re-reads it first, so marks written meanwhile by another newsink
   * process (the reader and `newsink mark-read` at once) are kept.
   */
  #writeMarks(
    ids: readonly string[],
    kind: 'read' | 'starred',
    value: boolean,
    alsoClear?: readonly string[],
    alsoKind?: 'read' | 'starred',
  ): void {
    const current = this.#marksConf().store;
    const sets = { read: new Set(stringArray(current.read)), starred: new Set(stringArray(current.starred)) };
    for (const id of ids) {
      if (value) sets[kind].add(id);
      else sets[kind].delete(id);
    }
    if (alsoClear && alsoKind) for (const id of alsoClear) sets[alsoKind].delete(id);
    this.#marksConf().store = { read: [...sets.read], starred: [...sets.starred] };
    this.#marks = sets;
  }

  settings(): Settings {
    return this.#config.get('settings') ?? {};
  }

  updateSettings(patch: Partial<Settings>): void {
    this.#config.set('settings', { ...this.settings(), ...patch });
  }

  loadHeadlines(feedUrl?: string): Headline[] {
    if (feedUrl !== undefined) return this.#cache.loadHeadlines(feedUrl);
    const all: Headline[] = [];
    for (const sub of this.subscriptions()) {
      for (const headline of this.#cache.loadHeadlines(sub.url)) all.push(headline);
    }
    return all;
  }

  loadSnippets(feedUrl?: string): Map<string, string> {
    const out = new Map<string, string>();
    const feeds = feedUrl !== undefined ? [feedUrl] : this.subscriptions().map((sub) => sub.url);
    for (const feed of feeds) {
      for (const [id, text] of Object.entries(this.#cache.loadSnippets(feed))) out.set(id, text);
    }
    return out;
  }

  loadArticles(feedUrl: string): Article[] {
    return this.#cache.loadArticles(feedUrl);
  }

  loadArticle(feedUrl: string, id: string): Article | undefined {
    return this.#cache.loadArticles(feedUrl).find((article) => article.id === id);
  }

  saveArticles(feedUrl: string, articles: readonly Article[], snippet: (html: string) => string): void {
    this.#cache.save(feedUrl, articles, snippet);
  }

  contentStamp(): string {
    return contentStamp(
      this.subscriptions(),
      (url) => this.#cache.headlineFile(url),
      path.join(this.home, 'marks.json'),
    );
  }

  loadFirstScreen(stamp: string): FirstScreen | undefined {
    return readFirstScreen(this.#cache.dir, stamp);
  }

  saveFirstScreen(stamp: string, screen: FirstScreen): void {
    writeFirstScreen(this.#cache.dir, stamp, screen);
  }

  reportWarning(message: string): void {
    this.#warn(message);
  }
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Newest first, by published date, else first-seen time. */
export function newestFirst<T extends { readonly published?: string; readonly firstSeen: string }>(
  items: readonly T[],
): T[] {
  return items
    .map((item) => ({ item, time: sortTime(item) }))
    .sort((a, b) => b.time - a.time)
    .map(({ item }) => item);
}
