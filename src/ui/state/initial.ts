import { feedEntries } from './library.js';
import type { FeedError, Library, State } from './types.js';
import { computeView } from './view.js';

/** The first state: the whole cache, newest first, the headlines pane focused. */
export function initialState(
  lib: Library,
  width: number,
  height: number,
  errors: readonly FeedError[] = [],
  helpLines = 0,
): State {
  const filter = { base: { kind: 'all' as const }, query: '' };
  return {
    width,
    height,
    lib,
    feedEntries: feedEntries(lib, errors),
    feedSel: 0,
    feedOffset: 0,
    filter,
    view: computeView(lib, filter),
    sel: 0,
    offset: 0,
    pane: 'headlines',
    overlay: 'none',
    overlayScroll: 0,
    helpLines,
    searching: false,
    stack: [],
    refresh: { running: false, done: 0, total: 0 },
    errors,
    message:
      lib.subscriptions.length === 0
        ? 'No subscriptions yet: run newsink add URL, or try newsink --demo'
        : '',
  };
}
