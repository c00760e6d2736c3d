import type { RelatedEntry } from '../../core/related/for-article.js';
import type { Effect, Update } from './actions.js';
import { articleLines, pushArticle, scrollArticle, topFrame } from './article.js';
import { articleBodyHeight } from './layout.js';
import { done, READ, setFlag } from './list.js';
import { entriesOf, relatedLines, type ViewLine, versionLines } from './related-lines.js';
import type { ArticleFrame, ArticleRef, State } from './types.js';
import { keepInView } from './view.js';

/** Every body row of a frame: versions at the top, the article, the Related section at the end. */
export function frameLines(frame: ArticleFrame | undefined, width: number): readonly ViewLine[] {
  if (!frame) return [];
  const body = articleLines(frame.doc, width);
  const top = versionLines(frame, width);
  const bottom = frame.doc ? relatedLines(frame, width) : [];
  return top.length === 0 && bottom.length === 0 ? body : [...top, ...body, ...bottom];
}

function replaceTop(state: State, frame: ArticleFrame): State {
  return { ...state, stack: [...state.stack.slice(0, -1), frame] };
}

/** Moves the related selection forward (1) or back (-1), wrapping, and scrolls it into view. */
export function selectRelated(state: State, dir: 1 | -1): State {
  const frame = topFrame(state);
  if (!frame) return state;
  const n = entriesOf(frame).length;
  if (n === 0) {
    const text =
      frame.doc && !frame.related ? 'Looking for related stories…' : 'No related stories for this one';
    return { ...state, message: text };
  }
  const sel = frame.relSel === undefined ? (dir > 0 ? 0 : n - 1) : (frame.relSel + dir + n) % n;
  const selected = replaceTop(state, { ...frame, relSel: sel });
  const row = frameLines(topFrame(selected), state.width).findIndex((l) => l.entry === sel);
  const to = keepInView(row, frame.scroll, articleBodyHeight(state.height));
  return scrollArticle(selected, 0, to);
}

/** The selected related entry of the top frame, if any. */
export function selectedEntry(state: State): RelatedEntry | undefined {
  const frame = topFrame(state);
  if (!frame || frame.relSel === undefined) return undefined;
  return entriesOf(frame)[frame.relSel];
}

function cachedIndex(state: State, entry: RelatedEntry): number | undefined {
  if (entry.id !== undefined) {
    const at = state.lib.indexById.get(entry.id);
    if (at !== undefined) return at;
  }
  const { headlines } = state.lib;
  for (let i = 0; i < headlines.length; i++) if (headlines[i]!.url === entry.url) return i;
  return undefined;
}

/**
 * Opens the selected related entry as a new history level: a cached story by its headline (read marks
 * apply), any other page by URL (fetched and extracted).
 */
export function openRelated(state: State): Update {
  const entry = selectedEntry(state);
  if (!entry) return done({ ...state, message: 'Tab or ] selects a related story first' });
  const at = cachedIndex(state, entry);
  if (at === undefined) return pushArticle(state, { kind: 'url', url: entry.url, title: entry.title });
  const h = state.lib.headlines[at]!;
  const pushed = pushArticle(state, { kind: 'headline', id: h.id, feed: h.feed });
  if (state.lib.flags[at]! & READ) return pushed;
  const marked = setFlag(pushed.state, [h.id], READ, true);
  return done(marked.state, [...pushed.effects, ...marked.effects]);
}

function sameRef(a: ArticleRef, b: ArticleRef): boolean {
  if (a.kind === 'headline' && b.kind === 'headline') return a.id === b.id;
  if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
  return false;
}

/** Gives the frames of this article their Related entries (a recomputation replaces them). */
export function relatedLoaded(state: State, ref: ArticleRef, entries: readonly RelatedEntry[]): State {
  let changed = false;
  const stack = state.stack.map((f) => {
    if (!sameRef(f.ref, ref)) return f;
    changed = true;
    const n = (f.versions?.length ?? 0) + entries.length;
    const relSel = f.relSel === undefined || f.relSel >= n ? undefined : f.relSel;
    return { ...f, related: entries, relSel };
  });
  return changed ? { ...state, stack } : state;
}

/** Adds a typed digit to the pending link number (at most four digits). */
export function typeDigit(state: State, count: string | undefined, key: string | undefined): State {
  if (!key || !/^[0-9]$/.test(key)) return state;
  const next = `${count ?? ''}${key}`.slice(-4);
  return { ...state, count: next };
}

/**
 * What copy / open act on in the article view: link n when a number was typed, else the selected
 * related entry, else undefined (the article itself).
 */
export function targetOf(
  state: State,
  count: string | undefined,
): { url?: string; error?: string } | undefined {
  if (count) {
    const n = Number(count);
    const frame = topFrame(state);
    const link = frame?.doc?.article?.links.find((l) => l.n === n);
    return link ? { url: link.url } : { error: `No link ${n} in this article` };
  }
  const entry = selectedEntry(state);
  return entry ? { url: entry.url } : undefined;
}

/** Copy or open for the article view; undefined when they act on the article itself. */
export function actOnTarget(
  state: State,
  count: string | undefined,
  effect: 'copy' | 'openUrl',
): Update | undefined {
  const target = targetOf(state, count);
  if (!target) return undefined;
  if (!target.url) return done({ ...state, message: target.error ?? '' });
  const run: Effect = { type: effect, url: target.url };
  return done(state, [run]);
}
