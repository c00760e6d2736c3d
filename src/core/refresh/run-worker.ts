import { lazyBuiltin } from '../builtins.js';
import type { RefreshProgress, RefreshReport } from './refresh.js';

type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: RefreshReport; warnings: string[] }
  | { type: 'error'; message: string };

export interface WorkerRefreshResult extends RefreshReport {
  readonly warnings: readonly string[];
}

/**
 * Runs a refresh of the home's feeds in a worker thread (dist/refresh-worker.js, next to the bundle).
 * The worker writes the cache; the caller reloads headlines from the store when this resolves.
 */
export function runRefreshInWorker(
  home: string,
  onProgress: (progress: RefreshProgress) => void,
  only?: readonly string[],
): Promise<WorkerRefreshResult> {
  return new Promise((resolve, reject) => {
    const worker = new (lazyBuiltin.workerThreads().Worker)(new URL('./refresh-worker.js', import.meta.url), {
      workerData: { home, only },
    });
    let settled = false;
    // A reader that quits mid-refresh exits at once: every cache write is atomic, so stopping the
    // worker there loses nothing but the feeds not fetched yet.
    worker.unref();
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress({ done: message.done, total: message.total });
      else if (message.type === 'done') {
        settled = true;
        resolve({ ...message.report, warnings: message.warnings });
      } else {
        settled = true;
        reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`refresh worker stopped (exit code ${code})`));
    });
  });
}
