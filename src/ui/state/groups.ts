import type { RelatedEntry } from '../../core/related/for-article.js';
import { type GroupInput, groupIndexes } from '../../core/related/group-input.js';
import type { Update } from './actions.js';
import { openSelected, topFrame } from './article.js';
import { done, READ, selectHeadline, setFlag } from './list.js';
import type { Groups, Library, State } from './types.js';

/** What the grouping needs of the library, as arrays a worker can take (issue 5 item 3). */
export function groupInput(lib: Library): GroupInput {
  const n = lib.headlines.length;
  const feeds = new Array<string>(n);
  const titles = new Array<string>(n);
  const urls = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const h = lib.headlines[i]!;
    feeds[i] = h.feed;
    titles[i] = h.title;
    urls[i] = h.url ?? null;
  }
  return { feeds, titles, urls, times: lib.times };
}

/** The library's groups from the grouping's result (indexes into `lib.headlines`, primary first). */
export function groupsFromIndexes(lib: Library, found: readonly (readonly number[])[]): Groups {
  const n = lib.headlines.length;
  const primaryOf = new Int32Array(n);
  for (let i = 0; i < n; i++) primaryOf[i] = i;
  const members = new Map<number, number[]>();
  for (const group of found) {
    const primary = group[0]!;
    for (const i of group) primaryOf[i] = primary;
    members.set(primary, [...group]);
  }
  return { headlines: lib.headlines, primaryOf, members };
}

/** The same-story groups of a library, computed on this thread (tests; the reader uses a worker). */
export function buildGroups(lib: Library): Groups {
  return groupsFromIndexes(lib, groupIndexes(groupInput(lib)));
}

const grouped = new WeakSet<Int32Array>();

/**
 * Hides the headlines whose group's primary is in the same view (one row per story), keeping the
 * selected story selected. Views already grouped pass through untouched.
 */
export function groupView(state: State): State {
  const groups = state.groups;
  if (!groups || groups.headlines !== state.lib.headlines || grouped.has(state.view)) return state;
  const shown = new Uint8Array(state.lib.headlines.length);
  for (const i of state.view) shown[i] = 1;
  const out = new Int32Array(state.view.length);
  let k = 0;
  for (const i of state.view) {
    const p = groups.primaryOf[i]!;
    if (p === i || !shown[p]) out[k++] = i;
  }
  const view = out.slice(0, k);
  grouped.add(view);
  // The selected story keeps its row: a hidden version selects its group's row.
  const selected = state.view[state.sel];
  let at = selected === undefined ? 0 : view.indexOf(selected);
  if (at < 0 && selected !== undefined) at = view.indexOf(groups.primaryOf[selected]!);
  return selectHeadline({ ...state, view }, Math.max(0, at));
}

/** How many other feeds carry the story of headline `i` (0 when none, or groups not ready). */
export function othersCount(groups: Groups | undefined, i: number): number {
  const members = groups?.members.get(groups.primaryOf[i]!);
  return members ? members.length - 1 : 0;
}

/**
 * Opens the selected headline; for a grouped story, marks every version read and lists the other
 * versions at the top of the article view.
 */
export function openGroup(state: State): Update {
  const opened = openSelected(state);
  const i = state.view[state.sel];
  const groups = state.groups;
  if (i === undefined || !groups || groups.headlines !== state.lib.headlines) return opened;
  const members = groups.members.get(groups.primaryOf[i]!);
  if (!members) return opened;
  const lib = state.lib;
  const others = members.filter((m) => m !== i);
  const versions: RelatedEntry[] = others.map((m) => {
    const h = lib.headlines[m]!;
    return {
      title: h.title,
      url: h.url ?? '',
      source: 'feeds',
      feed: h.feed,
      feedTitle: lib.feedTitles.get(h.feed) ?? h.feed,
      id: h.id,
    };
  });
  const frame = topFrame(opened.state)!;
  const withVersions: State = { ...opened.state, stack: [{ ...frame, versions }] };
  const unread = others.filter((m) => !(lib.flags[m]! & READ)).map((m) => lib.headlines[m]!.id);
  const marked = setFlag(withVersions, unread, READ, true);
  return done(marked.state, [...opened.effects, ...marked.effects]);
}
