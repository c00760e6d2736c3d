import type { ExtractedArticle } from '../../core/article/types.js';
import type { RelatedEntry } from '../../core/related/for-article.js';
import type { Headline, Subscription } from '../../core/types.js';

/** Which headlines the list shows. `query` narrows any base filter (titles and snippets). */
export type BaseFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'unread' }
  | { readonly kind: 'starred' }
  | { readonly kind: 'feed'; readonly url: string }
  | { readonly kind: 'tag'; readonly tag: string };

export interface Filter {
  readonly base: BaseFilter;
  readonly query: string;
}

/** Per-headline flags, packed so that a change copies 100 KB, not a Set of 100,000 strings. */
export const READ = 1;
export const STARRED = 2;

/** What the list keeps of a headline: dates live in `Library.times`, the rest is read on open. */
export type ListHeadline = Pick<Headline, 'id' | 'feed' | 'title' | 'url' | 'snippet'>;

/**
 * The compact headline index: headlines newest first, their flags, and look-ups. Built once per load;
 * never holds article bodies.
 */
export interface Library {
  readonly headlines: readonly ListHeadline[];
  /** Sort time of each headline (ms), so merges never parse a date twice. */
  readonly times: Float64Array;
  readonly flags: Uint8Array;
  readonly indexById: ReadonlyMap<string, number>;
  readonly subscriptions: readonly Subscription[];
  readonly feedTitles: ReadonlyMap<string, string>;
  /** Unread count per feed URL. */
  readonly unreadByFeed: ReadonlyMap<string, number>;
  /**
   * Loads the summaries' snippets (id → text) for search. Called on the first search of a headline
   * list only: start-up never reads them.
   */
  readonly loadSnippets?: () => ReadonlyMap<string, string>;
  /**
   * Set while the library holds only the saved first screen (state/first-screen.ts): the whole cache's
   * headline and starred counts. The whole library replaces it right after the first frame.
   */
  readonly partial?: { readonly total: number; readonly starred: number };
}

/** One entry of the feeds pane. */
export interface FeedEntry {
  readonly key: string;
  readonly label: string;
  readonly filter: BaseFilter;
  readonly unread: number;
  /** The entry's feed failed at its last refresh. */
  readonly failing?: boolean;
}

/** What an article view shows: a cached headline now; a URL (related story, issue 5) later. */
export type ArticleRef =
  | { readonly kind: 'headline'; readonly id: string; readonly feed: string }
  | { readonly kind: 'url'; readonly url: string; readonly title?: string };

/** The body of an article view once loaded. Strings are sanitised. */
export interface ArticleDoc {
  readonly title: string;
  readonly source: string;
  readonly author?: string;
  readonly published?: string;
  readonly url?: string;
  /** Plain text with blank lines between blocks; wrapped to the width at render time. */
  readonly text: string;
  /** The structured body, when there is one: laid out with renderLines (headings, lists, links). */
  readonly article?: ExtractedArticle;
  /** Which body is shown (issue 4 toggles between them). */
  readonly body: 'feed' | 'full';
}

/** One level of the article history stack: Esc/Backspace pops back to the previous one, scroll kept. */
export interface ArticleFrame {
  readonly ref: ArticleRef;
  readonly scroll: number;
  readonly doc?: ArticleDoc;
  /** The other body (feed content or full text) when both are known; a key swaps them. */
  readonly other?: ArticleDoc;
  readonly error?: string;
  /** The "Related" section (issue 5): the page's links, then similar stories of the feeds; set once computed. */
  readonly related?: readonly RelatedEntry[];
  /** Other feeds' versions of the same story (issue 5 item 3), listed at the top of the view. */
  readonly versions?: readonly RelatedEntry[];
  /** Selected entry of `[...versions, ...related]`, when the reader moved into them. */
  readonly relSel?: number;
}

/** Near-duplicate groups of a library (issue 5 item 3), computed after load, off the key path. */
export interface Groups {
  /** The library's headlines these groups were computed for (stale once it changes). */
  readonly headlines: readonly ListHeadline[];
  /** For each headline index, the index of its group's primary (itself when alone or primary). */
  readonly primaryOf: Int32Array;
  /** Members of each group of two or more, by primary index, primary first. */
  readonly members: ReadonlyMap<number, readonly number[]>;
}

export interface FeedError {
  readonly url: string;
  readonly title: string;
  readonly error: string;
}

export type Pane = 'feeds' | 'headlines';
export type Overlay = 'none' | 'help' | 'errors';

export interface RefreshStatus {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
}

export interface State {
  readonly width: number;
  readonly height: number;
  readonly lib: Library;
  readonly feedEntries: readonly FeedEntry[];
  readonly feedSel: number;
  readonly feedOffset: number;
  readonly filter: Filter;
  /** Indices into lib.headlines that the current filter shows, in order. */
  readonly view: Int32Array;
  readonly sel: number;
  readonly offset: number;
  readonly pane: Pane;
  readonly overlay: Overlay;
  readonly overlayScroll: number;
  /** Rows of the `?` overlay (from the keymap), so scrolling it stops at its end. */
  readonly helpLines?: number;
  readonly searching: boolean;
  readonly stack: readonly ArticleFrame[];
  readonly refresh: RefreshStatus;
  readonly errors: readonly FeedError[];
  readonly message: string;
  /** Digits typed before a command in the article view (a link number: 3o opens link 3). */
  readonly count?: string;
  /** Same-story groups once computed; until then the list shows every headline. */
  readonly groups?: Groups;
}
