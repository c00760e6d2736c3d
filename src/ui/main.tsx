import { type Instance, render } from 'ink';
import type { Store } from '../core/store/types.js';
import { App } from './app.js';
import { expectFirstFrame } from './first-paint.js';
import type { ReaderStart } from './start.js';

export interface MountOptions {
  readonly store: Store;
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly refreshOnStart: boolean;
  /** The first state (start.ts); its frame, when set, is already on the terminal. */
  readonly start: ReaderStart;
}

/** Mounts the reader on the first state. */
export function mountReader({ store, stdin, stdout, refreshOnStart, start }: MountOptions): Instance {
  if (start.frame !== undefined) expectFirstFrame(stdout, start.frame);
  return render(
    <App
      store={store}
      keymap={start.keymap}
      initial={start.initial}
      now={start.now}
      refreshOnStart={refreshOnStart}
      loadLibrary={start.loadLibrary}
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
