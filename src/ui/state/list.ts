import type { Effect, Update } from './actions.js';
import { layoutFor } from './layout.js';
import { feedEntries, withFlag } from './library.js';
import type { BaseFilter, Filter, State } from './types.js';
import { READ, STARRED } from './types.js';
import { computeView, keepInView, sameBase } from './view.js';

export function done(state: State, effects: readonly Effect[] = []): Update {
  return { state, effects };
}

/** Selects headline `sel` of the view (clamped) and scrolls the list to keep it visible. */
export function selectHeadline(state: State, sel: number): State {
  const n = state.view.length;
  const s = n === 0 ? 0 : Math.max(0, Math.min(n - 1, sel));
  const height = layoutFor(state.width, state.height).bodyHeight;
  return { ...state, sel: s, offset: keepInView(s, state.offset, height) };
}

/** Applies a filter, keeping the selected headline selected when it is still shown. */
export function applyFilter(state: State, filter: Filter): State {
  const current = state.view[state.sel];
  const view = computeView(state.lib, filter);
  const keep = current === undefined ? -1 : view.indexOf(current);
  return selectHeadline({ ...state, filter, view, offset: keep < 0 ? 0 : state.offset }, Math.max(0, keep));
}

function selectFeed(state: State, feedSel: number): State {
  const n = state.feedEntries.length;
  const s = Math.max(0, Math.min(n - 1, feedSel));
  const height = layoutFor(state.width, state.height).bodyHeight;
  const moved = { ...state, feedSel: s, feedOffset: keepInView(s, state.feedOffset, height) };
  const base: BaseFilter = state.feedEntries[s]?.filter ?? { kind: 'all' };
  if (sameBase(base, state.filter.base)) return moved;
  return { ...applyFilter(moved, { base, query: state.filter.query }), sel: 0, offset: 0 };
}

/** Moves the selection of the focused pane by `delta` rows (or to an absolute row with `to`). */
export function move(state: State, delta: number, to?: number): State {
  if (state.pane === 'feeds') return selectFeed(state, to ?? state.feedSel + delta);
  return selectHeadline(state, to ?? state.sel + delta);
}

export function page(state: State): number {
  return Math.max(1, layoutFor(state.width, state.height).bodyHeight - 1);
}

/** The next (dir 1) or previous (dir -1) unread headline of the view, from the selection. */
export function findUnread(state: State, from: number, dir: 1 | -1): number {
  for (let i = from; i >= 0 && i < state.view.length; i += dir) {
    if (!(state.lib.flags[state.view[i]!]! & READ)) return i;
  }
  return -1;
}

export function selectedHeadline(state: State) {
  const i = state.view[state.sel];
  return i === undefined
    ? undefined
    : { index: i, headline: state.lib.headlines[i]!, flags: state.lib.flags[i]! };
}

/** Read or star toggle on the selected headline: the flag changes at once, the store write is an effect. */
export function toggleFlag(state: State, bit: number, index?: number): Update {
  const i = index ?? state.view[state.sel];
  if (i === undefined) return done(state);
  const h = state.lib.headlines[i]!;
  const on = !(state.lib.flags[i]! & bit);
  return setFlag(state, [h.id], bit, on);
}

/** Sets a flag on some headlines: the UI changes at once, the store write is an effect. */
export function setFlag(state: State, ids: readonly string[], bit: number, on: boolean): Update {
  if (ids.length === 0) return done(state);
  const lib = withFlag(state.lib, ids, bit, on);
  const effect: Effect =
    bit === READ ? { type: 'setRead', ids, read: on } : { type: 'setStarred', ids, starred: on };
  return done({ ...state, lib, feedEntries: feedEntries(lib, state.errors) }, [effect]);
}

/** Ids of every unread headline the current view shows (search filter included). */
export function unreadInView(state: State): string[] {
  const ids: string[] = [];
  for (const i of state.view) if (!(state.lib.flags[i]! & READ)) ids.push(state.lib.headlines[i]!.id);
  return ids;
}

export { READ, STARRED };
