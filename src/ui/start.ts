import type { Store } from '../core/store/types.js';
import { paintListScreen } from './first-paint.js';
import { buildKeymap, helpRows, type Keymap } from './keymap.js';
import { libraryFromFirstScreen } from './state/first-screen.js';
import { initialState } from './state/initial.js';
import { errorsFromStates, librarySteps } from './state/library.js';
import { finish } from './state/library-index.js';
import type { Library, State } from './state/types.js';

/** What the reader starts from, built before Ink loads (no Ink or React here). */
export interface ReaderStart {
  readonly initial: State;
  readonly keymap: Keymap;
  /** The clock of the first frame (minute-rounded, as the reader's clock is). */
  readonly now: number;
  /** Set when `initial` holds only the saved first screen: reads the whole library, in steps. */
  readonly loadLibrary?: () => Generator<void, Library>;
  /** The first frame as Ink will render it (first-paint.ts), when the list screen can be painted. */
  readonly frame?: string;
}

export const minuteNow = () => Math.floor(Date.now() / 60_000) * 60_000;

/**
 * Builds the first state from the cache (no network): from the first screen the reader saved at its
 * last quit when that is still current (the whole cache is read right after the first frame), else from
 * the whole cache; and paints it.
 */
export function readerStart(
  store: Store,
  size: { readonly columns: number; readonly rows: number },
  message?: string,
): ReaderStart {
  const subscriptions = store.subscriptions();
  const loadSnippets = () => store.loadSnippets();
  const loadLibrary = () => librarySteps(store, loadSnippets);
  const first = store.loadFirstScreen(store.contentStamp());
  const library = first
    ? libraryFromFirstScreen(first, subscriptions, store, loadSnippets)
    : finish(loadLibrary());
  const errors = errorsFromStates(subscriptions, store.allFeedStates());
  const keymap = buildKeymap(store.settings().keys);
  const state = initialState(library, size.columns, size.rows, errors, helpRows(keymap).length);
  const initial = message ? { ...state, message } : state;
  const now = minuteNow();
  return {
    initial,
    keymap,
    now,
    ...(first ? { loadLibrary } : {}),
    frame: firstFrame(initial, keymap, now),
  };
}

/** The painted first frame; a painter that fails leaves the first frame to Ink rather than stop the reader. */
function firstFrame(state: State, keymap: Keymap, now: number): string | undefined {
  try {
    return paintListScreen(state, keymap, now);
  } catch {
    return undefined;
  }
}
