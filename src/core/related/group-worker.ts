/**
 * Worker-thread entry (bundled as dist/group-worker.js): duplicate grouping takes ~1.7 s CPU at
 * 100,000 headlines, which on the reader's thread would freeze the keys.
 */
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../thread-priority.js';
import { type GroupInput, groupIndexes } from './group-input.js';

lowerThreadPriority();

parentPort?.on('message', (input: GroupInput) => {
  parentPort?.postMessage(groupIndexes(input));
});
