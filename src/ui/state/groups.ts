import { groupDuplicates } from '../../core/related/duplicates.js';
import type { RelatedEntry } from '../../core/related/for-article.js';
import type { Headline } from '../../core/types.js';
import type { Update } from './actions.js';
import { openSelected, topFrame } from './article.js';
import { done, READ, selectHeadline, setFlag } from './list.js';
import type { Groups, Library, State } from './types.js';

/**
 * The same-story groups of a library (issue 5 item 3). Heavy (about 1.7 s CPU at 100,000 headlines):
 * the app runs it once per load or refresh, when the reader is idle, never on a key.
 */
export function buildGroups(lib: Library): Groups {
  const n = lib.headlines.length;
  const input: Headline[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const h = lib.headlines[i]!;
    // The list keeps sort times, not dates: the grouping's 48-hour window reads them back as firstSeen.
    input[i] = { ...h, firstSeen: new Date(lib.times[i]! || 0).toISOString() };
  }
  const indexOf = new Map<Headline, number>();
  for (let i = 0; i < n; i++) indexOf.set(input[i]!, i);
  const primaryOf = new Int32Array(n);
  for (let i = 0; i < n; i++) primaryOf[i] = i;
  const members = new Map<number, number[]>();
  for (const group of groupDuplicates(input)) {
    if (group.others.length === 0) continue;
    const primary = indexOf.get(group.primary)!;
    const all = [primary, ...group.others.map((h) => indexOf.get(h)!)];
    for (const i of all) primaryOf[i] = primary;
    members.set(primary, all);
  }
  return { headlines: lib.headlines, primaryOf, members };
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
