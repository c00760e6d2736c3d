import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { lazyBuiltin } from '../builtins.js';
import { writeFileAtomic } from '../store/atomic.js';
import type { Store } from '../store/types.js';
import type { IngestResult, IngestTask } from './ingest.js';
import type { ParseWorkerReply } from './parse-worker.js';

/** Runs ingest tasks (parse + merge + save of one feed body) off the calling thread when it can. */
export interface IngestPool {
  run(task: IngestTask): Promise<IngestResult>;
  /**
   * Starts the workers now rather than on the first body, when bodies are expected (feeds without
   * validators): their start-up (loading the parser) then overlaps the first round trips.
   */
  warm(): void;
  /** Stops the workers; waits for nothing else (every task's promise has settled by then). */
  close(): Promise<void>;
}

export interface IngestPoolOptions {
  /** Parse workers to start at most (default 1). */
  readonly size?: number;
  readonly onWarning?: (message: string) => void;
  /** Forces the in-thread path (tests compare both). */
  readonly inThread?: boolean;
}

interface Pending {
  resolve(result: IngestResult): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  busy: number;
}

const YOUNG_GENERATION_MB = 64;
const workerUrl = new URL('./parse-worker.js', import.meta.url);

/**
 * A pool of parse workers (dist/parse-worker.js, next to the bundle), started on the first feed body, so
 * a refresh where every feed answers 304 never starts one nor loads the feed parser. Where the worker file
 * does not exist (tests run the TypeScript sources), tasks run on this thread against `store`.
 */
export function createIngestPool(store: Store, options: IngestPoolOptions = {}): IngestPool {
  const size = Math.max(1, options.size ?? 1);
  const useWorkers =
    !options.inThread && workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
  if (!useWorkers) {
    return {
      run: async (task) => (await import('./ingest.js')).ingestFeed(task, store),
      warm: () => {},
      close: async () => {},
    };
  }
  const slots: Slot[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const failAll = (error: Error): void => {
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };

  const spawn = (): Slot => {
    const worker = new (lazyBuiltin.workerThreads().Worker)(workerUrl, {
      workerData: { home: store.home },
      // Parsing makes short-lived garbage fast: a bigger young generation means fewer scavenges.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (reply: ParseWorkerReply) => {
      slot.busy -= 1;
      for (const message of reply.warnings) options.onWarning?.(message);
      const entry = pending.get(reply.id);
      pending.delete(reply.id);
      if (!entry) return;
      if (reply.ok) {
        try {
          // The worker's cache files, headlines last (as ArticleCache.save writes them).
          for (const [file, data] of reply.files) writeFileAtomic(file, data);
        } catch (error) {
          entry.reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        entry.resolve(reply.result);
      } else entry.reject(new Error(reply.message));
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`feed parser stopped (exit code ${code})`));
    });
    return slot;
  };

  const pick = (): Slot => {
    const idle = slots.find((slot) => slot.busy === 0);
    if (idle || slots.length >= size) return idle ?? slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const slot = spawn();
    slots.push(slot);
    return slot;
  };

  return {
    run: async (task) => {
      const slot = pick();
      const id = nextId++;
      slot.busy += 1;
      // The body goes over without a copy when it owns its whole buffer (pooled Buffers do not).
      const own =
        task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength
          ? task.bytes
          : task.bytes.slice();
      return new Promise<IngestResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, task: { ...task, bytes: own } }, [own.buffer as ArrayBuffer]);
      });
    },
    warm: () => {
      while (slots.length < size) slots.push(spawn());
    },
    close: async () => {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
