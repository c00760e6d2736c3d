import { type Context, hintsFor, type Keymap } from './keymap.js';
import { topFrame } from './state/article.js';
import { type FeedEntry, READ, STARRED, type State } from './state/types.js';
import { fitRight, fitWidth, widthOf } from './text/width.js';
import { theme } from './theme.js';

/**
 * The text and style of each line of the reader's list screen (header, feeds pane, headlines, status
 * bar), as pure functions: the Ink components render them, and the first paint (first-paint.ts) writes
 * the same lines before Ink has loaded.
 */

/** The props of Ink's <Text> that the list screen uses. */
export interface TextStyle {
  readonly color?: string;
  readonly bold?: boolean;
  readonly underline?: boolean;
  readonly inverse?: boolean;
}

export function contextOf(state: State): Context {
  if (state.overlay !== 'none') return 'overlay';
  if (state.stack.length > 0) return 'article';
  return state.pane;
}

export const HEADER_STYLE: TextStyle = { bold: true, color: theme.accent };

/** "newsink › All · /query" on the left, "12 unread" on the right, in one terminal row. */
export function headerText(state: State): string {
  const entry = state.feedEntries[state.feedSel];
  const name = entry?.label ?? 'All';
  const query = state.filter.query ? ` · /${state.filter.query}` : '';
  const unread = state.feedEntries[0]?.unread ?? 0;
  const right = `${unread} unread`;
  const rightWidth = widthOf(right);
  const flags = state.stack.length > 0 ? articleFlags(state) : '';
  return `${fitWidth(`newsink › ${name}${query}${flags}`, Math.max(0, state.width - rightWidth - 1))} ${fitRight(right, rightWidth)}`;
}

function articleFlags(state: State): string {
  const frame = topFrame(state);
  if (frame?.ref.kind !== 'headline') return '';
  const i = state.lib.indexById.get(frame.ref.id);
  if (i === undefined) return '';
  const f = state.lib.flags[i]!;
  return `${f & STARRED ? ' ★' : ''}${f & READ ? '' : ' (unread)'}`;
}

/** Row `k` of the visible window of the feeds pane: All, Unread and Starred in the accent colour. */
export function feedRowStyle(
  entry: FeedEntry,
  k: number,
  offset: number,
  selected: boolean,
  focused: boolean,
): TextStyle {
  return {
    inverse: selected && focused,
    underline: selected && !focused,
    color: entry.failing ? theme.error : k < 3 - offset ? theme.accent : undefined,
    bold: entry.unread > 0,
  };
}

/** A headline row: unread bold, read grey; the selection inverse (underlined when the pane is not focused). */
export function headlineRowStyle(flags: number, selected: boolean, focused: boolean): TextStyle {
  const unread = !(flags & READ);
  return {
    inverse: selected && focused,
    underline: selected && !focused,
    bold: unread,
    color: unread ? undefined : theme.read,
  };
}

/** Said after a headline's title when other feeds carry the same story (issue 5 item 3). */
export function othersSuffix(others: number | undefined): string {
  return others ? ` +${others} ${others === 1 ? 'source' : 'sources'}` : '';
}

export const MUTED_STYLE: TextStyle = { color: theme.muted };

/** The column between the two panes. */
export function separatorText(height: number): string {
  return '│\n'.repeat(height).trimEnd();
}

/** The status bar: a message (or the key hints) on the left, `right` on the right. */
export function statusText(width: number, message: string, hints: string, right: string): string {
  const rightWidth = Math.min(widthOf(right), Math.floor(width / 2));
  const left = fitWidth(message || hints, Math.max(0, width - rightWidth - 1));
  return `${left} ${fitRight(right, rightWidth)}`;
}

export function statusStyle(message: string): TextStyle {
  return { color: message ? theme.status : theme.muted };
}

/** The status bar's hints for the state's context. */
export function statusHints(state: State, keymap: Keymap): string {
  return hintsFor(keymap, contextOf(state));
}

/** The status bar's right side: refresh progress, a pending link number, the position in the list. */
export function statusRight(state: State): string {
  const parts: string[] = [];
  if (state.refresh.running) {
    parts.push(
      state.refresh.total > 0 ? `Refreshing ${state.refresh.done}/${state.refresh.total}…` : 'Refreshing…',
    );
  }
  if (state.count) parts.push(`link ${state.count}… (o opens, c copies, Esc cancels)`);
  if (state.stack.length === 0 && state.view.length > 0) {
    // A first-screen library (the first frame) counts the whole cache.
    parts.push(`${state.sel + 1}/${state.lib.partial?.total ?? state.view.length}`);
  }
  return parts.join('  ');
}

/** What the headlines pane says when its view is empty. */
export function emptyListText(state: State): string {
  return state.filter.query ? 'No story matches the search' : 'No stories here yet';
}
