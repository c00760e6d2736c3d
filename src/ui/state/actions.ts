import type { RelatedEntry } from '../../core/related/for-article.js';
import type { ArticleDoc, ArticleRef, FeedError, Groups, Library } from './types.js';

/** Everything a key can ask for; the keymap maps keys to these names per view. */
export type Command =
  | 'down'
  | 'up'
  | 'pageDown'
  | 'pageUp'
  | 'top'
  | 'bottom'
  | 'nextPane'
  | 'focusFeeds'
  | 'focusHeadlines'
  | 'open'
  | 'back'
  | 'quit'
  | 'forceQuit'
  | 'toggleRead'
  | 'markAllRead'
  | 'toggleStar'
  | 'toggleBody'
  | 'nextUnread'
  | 'prevUnread'
  | 'nextArticle'
  | 'prevArticle'
  | 'openInBrowser'
  | 'copyUrl'
  | 'search'
  | 'refresh'
  | 'help'
  | 'errors'
  | 'nextRelated'
  | 'prevRelated'
  | 'openRelated'
  | 'digit';

export type Action =
  /** `key` is the key typed (a `digit` command needs to know which). */
  | { readonly type: 'command'; readonly command: Command; readonly key?: string }
  | { readonly type: 'resize'; readonly width: number; readonly height: number }
  | { readonly type: 'library'; readonly lib: Library; readonly errors?: readonly FeedError[] }
  | { readonly type: 'refreshStart' }
  | { readonly type: 'refreshProgress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'refreshDone';
      readonly newItems: number;
      readonly total: number;
      readonly errors: readonly FeedError[];
    }
  | { readonly type: 'refreshFailed'; readonly message: string }
  | {
      readonly type: 'articleLoaded';
      readonly ref: ArticleRef;
      readonly doc?: ArticleDoc;
      readonly error?: string;
    }
  | { readonly type: 'searchChange'; readonly query: string }
  | { readonly type: 'searchSubmit' }
  | { readonly type: 'searchCancel' }
  | { readonly type: 'message'; readonly text: string }
  | { readonly type: 'relatedLoaded'; readonly ref: ArticleRef; readonly entries: readonly RelatedEntry[] }
  | { readonly type: 'groups'; readonly groups: Groups };

/** Side effects the reducer asks for; the app runs them (store writes, clipboard, browser, worker). */
export type Effect =
  | { readonly type: 'setRead'; readonly ids: readonly string[]; readonly read: boolean }
  | { readonly type: 'setStarred'; readonly ids: readonly string[]; readonly starred: boolean }
  | { readonly type: 'loadArticle'; readonly ref: ArticleRef }
  | { readonly type: 'copy'; readonly url: string }
  | { readonly type: 'openUrl'; readonly url: string }
  | { readonly type: 'refresh' }
  | { readonly type: 'quit' };

export interface Update {
  readonly state: import('./types.js').State;
  readonly effects: readonly Effect[];
}
