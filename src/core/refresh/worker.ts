/**
 * Worker-thread entry (bundled as dist/refresh-worker.js): runs a refresh off the UI thread, so that
 * fetching and parsing never delay a key press (measured in issue 3: 130 ms p50 key latency on the UI
 * thread vs 23 ms with a worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/store.js';
import { lowerThreadPriority } from '../thread-priority.js';
import { refreshFeeds } from './refresh.js';
import { relatedUpdater } from './related-later.js';

interface WorkerInput {
  readonly home: string;
  readonly only?: readonly string[];
}

// Behind the UI thread for the CPU (its keys come first); the parse worker it starts inherits this.
lowerThreadPriority();

const input = workerData as WorkerInput;
const warnings: string[] = [];
const store = openStore(input.home, { onWarning: (message) => warnings.push(message) });
const related = relatedUpdater(store.home, (message) => warnings.push(message));
refreshFeeds(store, {
  only: input.only,
  onProgress: ({ done, total }) => parentPort?.postMessage({ type: 'progress', done, total }),
  onFeedChanged: related.onFeedChanged,
  // The reader updates its list from these instead of reading every changed feed's file again.
  wantDeltas: true,
}).then(
  async (report) => {
    await related.settled();
    parentPort?.postMessage({ type: 'done', report, warnings });
  },
  (error: unknown) =>
    parentPort?.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    }),
);
