import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazyBuiltin } from '../builtins.js';
import { type GroupInput, groupIndexes } from './group-input.js';

/**
 * Groups near-duplicate headlines in a worker thread next to the bundle (dist/group-worker.js), so the
 * caller's thread stays free; where there is no built worker (tests run the sources) it groups in-thread
 * on a later turn of the event loop.
 */
export function groupInBackground(input: GroupInput): Promise<number[][]> {
  const url = new URL('./group-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    return new Promise((resolve) => setImmediate(() => resolve(groupIndexes(input))));
  }
  return new Promise((resolve, reject) => {
    const worker = new (lazyBuiltin.workerThreads().Worker)(url);
    worker.unref();
    worker.once('message', (groups: number[][]) => {
      resolve(groups);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(input);
  });
}
