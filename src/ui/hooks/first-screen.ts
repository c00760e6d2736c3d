import { type RefObject, useEffect } from 'react';
import type { Store } from '../../core/store/types.js';
import type { Action } from '../state/actions.js';
import { firstScreenOf } from '../state/first-screen.js';
import type { Library, State } from '../state/types.js';

/**
 * The saved first screen (core/store/first-screen.ts), both ways: when the first frame was painted from
 * it, reads the whole library at once after that frame (keys typed meanwhile wait in the terminal, none
 * is lost); when the reader closes, saves the first screen of what it shows for the next start. Nothing
 * is saved while a refresh is still writing the cache (the next start then reads the whole cache first).
 */
export function useFirstScreen(
  store: Store,
  state: RefObject<State>,
  loadLibrary: (() => Library) | undefined,
  dispatch: (action: Action) => void,
): void {
  useEffect(() => {
    if (loadLibrary) dispatch({ type: 'library', lib: loadLibrary() });
    return () => {
      const { lib, refresh } = state.current;
      if (lib.partial || refresh.running) return;
      try {
        store.saveFirstScreen(store.contentStamp(), firstScreenOf(lib));
      } catch {
        // A cache only: the next start reads the whole cache instead.
      }
    };
  }, [store, state, loadLibrary, dispatch]);
}
