import { useEffect, useRef } from 'react';
import { groupInBackground } from '../../core/related/group-async.js';
import type { Action } from '../state/actions.js';
import { groupInput, groupsFromIndexes } from '../state/groups.js';
import type { Library } from '../state/types.js';

// Grouping runs in a worker, but copying 100,000 headlines to it still costs a frame: wait for a pause.
const IDLE_MS = 800;

/**
 * Computes the same-story groups of the library once per load or refresh, in a worker, once the
 * reader has been idle a moment; until then the list shows every headline.
 */
export function useGroups(
  lib: Library,
  ready: boolean,
  activity: unknown,
  dispatch: (action: Action) => void,
): void {
  // The headline list a grouping is running for: keys pressed meanwhile never start another.
  const running = useRef<Library['headlines'] | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `activity` changes on every key, restarting the wait
  useEffect(() => {
    if (ready || lib.headlines.length < 2 || running.current === lib.headlines) return;
    const timer = setTimeout(() => {
      running.current = lib.headlines;
      groupInBackground(groupInput(lib)).then(
        // The reducer ignores groups of a library that was replaced meanwhile.
        (found) => dispatch({ type: 'groups', groups: groupsFromIndexes(lib, found) }),
        () => {
          // Grouping is a nicety: without it every version keeps its own row.
        },
      );
    }, IDLE_MS);
    return () => clearTimeout(timer);
  }, [lib.headlines, ready, activity, dispatch]);
}
