import { useEffect } from 'react';
import type { Action } from '../state/actions.js';
import { buildGroups } from '../state/groups.js';
import type { Library } from '../state/types.js';

// Grouping takes the thread for a while at 100,000 headlines: wait for a pause in the keys.
const IDLE_MS = 800;

/**
 * Computes the same-story groups of the library once per load or refresh, when the reader has been
 * idle a moment; until then the list shows every headline.
 */
export function useGroups(
  lib: Library,
  ready: boolean,
  activity: unknown,
  dispatch: (action: Action) => void,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `activity` changes on every key, restarting the wait
  useEffect(() => {
    if (ready || lib.headlines.length < 2) return;
    const timer = setTimeout(() => dispatch({ type: 'groups', groups: buildGroups(lib) }), IDLE_MS);
    return () => clearTimeout(timer);
  }, [lib.headlines, ready, activity, dispatch]);
}
