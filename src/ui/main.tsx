import { type Instance, render } from 'ink';
import type { Store } from '../core/store/types.js';
import { App } from './app.js';
import { buildKeymap, helpRows } from './keymap.js';
import { libraryFromFirstScreen } from './state/first-screen.js';
import { initialState } from './state/initial.js';
import { buildLibrary, errorsFromStates } from './state/library.js';

export interface MountOptions {
  readonly store: Store;
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly refreshOnStart: boolean;
  /** A message for the status bar of the first frame (e.g. a state file that was moved aside). */
  readonly message?: string;
}

/**
 * Builds the first state from the cache (no network) and mounts the reader. When the first screen the
 * reader saved at its last quit is still current, the first frame is painted from it and the whole
 * cache is read right after; otherwise the whole cache is read first.
 */
export function mountReader({ store, stdin, stdout, refreshOnStart, message }: MountOptions): Instance {
  const subscriptions = store.subscriptions();
  const loadSnippets = () => store.loadSnippets();
  const loadLibrary = () => buildLibrary(store.loadHeadlines(), store.subscriptions(), store, loadSnippets);
  const first = store.loadFirstScreen(store.contentStamp());
  const library = first ? libraryFromFirstScreen(first, subscriptions, store, loadSnippets) : loadLibrary();
  const errors = errorsFromStates(subscriptions, store.allFeedStates());
  const keymap = buildKeymap(store.settings().keys);
  const initial = initialState(
    library,
    stdout.columns || 80,
    stdout.rows || 24,
    errors,
    helpRows(keymap).length,
  );
  return render(
    <App
      store={store}
      keymap={keymap}
      initial={message ? { ...initial, message } : initial}
      refreshOnStart={refreshOnStart}
      loadLibrary={first ? loadLibrary : undefined}
    />,
    {
      stdin,
      stdout,
      exitOnCtrlC: false,
      patchConsole: false,
      // The default 30 fps adds ~25 ms per key (issue 3); 0 paints each update at once. Updates that
      // are not keys (refresh progress) are batched to 4 a second by useRefresh.
      maxFps: 0,
      // Incremental rendering corrupted the screen in Ink 6.8 (issue 3).
      incrementalRendering: false,
    },
  );
}
