import { type RefObject, useEffect } from 'react';
import type { Store } from '../../core/store/types.js';
import type { Action } from '../state/actions.js';
import { firstScreenOf } from '../state/first-screen.js';
import { withStoreFlags } from '../state/reload.js';
import type { Library, State } from '../state/types.js';

/**
 * The saved first screen (core/store/first-screen.ts), both ways: when the first frame was painted from
 * it, reads the whole library after that frame, one step per turn of the event loop (keys are answered
 * meanwhile, on the first screen's rows; at 100,000 headlines the load takes ~0.8 s); when the reader
 * closes, saves the first screen of what it shows for the next start. Nothing is saved while a refresh is
 * still writing the cache (the next start then reads the whole cache first).
 */
export function useFirstScreen(
  store: Store,
  state: RefObject<State>,
  loadLibrary: (() => Generator<void, Library>) | undefined,
  dispatch: (action: Action) => void,
): void {
  useEffect(() => {
    let stopped = false;
    if (loadLibrary) {
      const partial = state.current.lib;
      const steps = loadLibrary();
      const step = () => {
        if (stopped) return;
        const next = steps.next();
        if (!next.done) {
          setImmediate(step);
          return;
        }
        // Marks set meanwhile went to the store: read the flags again if the list changed.
        const lib = state.current.lib === partial ? next.value : withStoreFlags(next.value, store);
        dispatch({ type: 'library', lib });
      };
      setImmediate(step);
    }
    return () => {
      stopped = true;
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
