import { type Line, renderLines } from '../../core/article/render-lines.js';
import { wrapText } from '../text/wrap.js';
import type { Effect, Update } from './actions.js';
import { articleBodyHeight } from './layout.js';
import { done, READ, selectHeadline, setFlag } from './list.js';
import { extraLineCount } from './related-lines.js';
import type { ArticleDoc, ArticleFrame, ArticleRef, State } from './types.js';

/** Wrapped body lines of a frame at the current width (pure; cached per doc and width). */
const wrapCache = new WeakMap<ArticleDoc, { width: number; lines: readonly Line[] }>();

export function articleLines(doc: ArticleDoc | undefined, width: number): readonly Line[] {
  if (!doc) return [];
  const hit = wrapCache.get(doc);
  if (hit && hit.width === width) return hit.lines;
  // The header shows title and byline, so the body starts with the text.
  const lines = doc.article
    ? renderLines(doc.article, Math.max(10, width - 2), { bodyOnly: true })
    : wrapText(doc.text, Math.max(10, width - 2)).map((text) => ({ text }));
  wrapCache.set(doc, { width, lines });
  return lines;
}

export function topFrame(state: State): ArticleFrame | undefined {
  return state.stack.at(-1);
}

function maxScroll(state: State, frame: ArticleFrame): number {
  const rows =
    articleLines(frame.doc, state.width).length + (frame.doc ? extraLineCount(frame, state.width) : 0);
  return Math.max(0, rows - articleBodyHeight(state.height));
}

/** Scrolls the top article frame by `delta` lines, or to `to`. */
export function scrollArticle(state: State, delta: number, to?: number): State {
  const frame = topFrame(state);
  if (!frame) return state;
  const scroll = Math.max(0, Math.min(maxScroll(state, frame), to ?? frame.scroll + delta));
  return { ...state, stack: [...state.stack.slice(0, -1), { ...frame, scroll }] };
}

/** Opens the selected headline as the only article frame; marks it read. */
export function openSelected(state: State): Update {
  const i = state.view[state.sel];
  if (i === undefined) return done(state);
  const h = state.lib.headlines[i]!;
  const ref: ArticleRef = { kind: 'headline', id: h.id, feed: h.feed };
  const opened: State = { ...state, stack: [{ ref, scroll: 0 }], overlay: 'none' };
  const load: Effect = { type: 'loadArticle', ref };
  if (state.lib.flags[i]! & READ) return done(opened, [load]);
  const marked = setFlag(opened, [h.id], READ, true);
  return done(marked.state, [load, ...marked.effects]);
}

/** Pushes a related story (issue 5) on the history stack; Back returns with the scroll kept. */
export function pushArticle(state: State, ref: ArticleRef): Update {
  return done({ ...state, stack: [...state.stack, { ref, scroll: 0 }] }, [{ type: 'loadArticle', ref }]);
}

/** Next (1) or previous (-1) article of the list, from the article view. */
export function stepArticle(state: State, dir: 1 | -1): Update {
  const next = state.sel + dir;
  if (next < 0 || next >= state.view.length) {
    return done({ ...state, message: dir > 0 ? 'Last article of the list' : 'First article of the list' });
  }
  return openSelected(selectHeadline(state, next));
}

function sameRef(a: ArticleRef, b: ArticleRef): boolean {
  if (a.kind === 'headline' && b.kind === 'headline') return a.id === b.id;
  if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
  return false;
}

/** Fills the frames waiting for this article (a late answer for a frame already left is dropped). */
export function articleLoaded(state: State, ref: ArticleRef, doc?: ArticleDoc, error?: string): State {
  let changed = false;
  const stack = state.stack.map((f) => {
    if (!sameRef(f.ref, ref)) return f;
    if (!f.doc) {
      changed = true;
      return { ...f, doc, error };
    }
    if (!doc || doc.body === f.doc.body) return f;
    changed = true;
    // Full text replaces the feed's teaser when it says more and the reader has not started scrolling.
    const better = doc.body === 'full' && doc.text.length > f.doc.text.length && f.scroll === 0;
    return better ? { ...f, doc, other: f.doc } : { ...f, other: doc };
  });
  return changed ? { ...state, stack } : state;
}

/** Swaps full text and feed content in the top frame, from the top. */
export function toggleBody(state: State): State {
  const frame = topFrame(state);
  if (!frame?.doc) return state;
  if (!frame.other) return { ...state, message: 'Only the feed content is available for this story' };
  const next = { ...frame, doc: frame.other, other: frame.doc, scroll: 0 };
  return { ...state, stack: [...state.stack.slice(0, -1), next] };
}

/** The URL of what the user is looking at: the article shown, else the selected headline. */
export function currentUrl(state: State): string | undefined {
  const frame = topFrame(state);
  if (frame) {
    if (frame.doc?.url) return frame.doc.url;
    if (frame.ref.kind === 'url') return frame.ref.url;
    const at = state.lib.indexById.get(frame.ref.id);
    return at === undefined ? undefined : state.lib.headlines[at]!.url;
  }
  const i = state.view[state.sel];
  return i === undefined ? undefined : state.lib.headlines[i]!.url;
}
