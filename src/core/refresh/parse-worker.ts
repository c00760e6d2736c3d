/**
 * Worker-thread entry (bundled as dist/parse-worker.js): parses fetched feed bodies and merges them into
 * the cache files, so the thread doing HTTP never stalls on XML (issue 2: parsing was a third of a cold
 * refresh's CPU, all on one core).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleCache } from '../store/cache.js';
import type { Article } from '../types.js';
import { type ArticleFiles, type IngestResult, type IngestTask, ingestFeed } from './ingest.js';

export interface ParseWorkerRequest {
  readonly id: number;
  readonly task: IngestTask;
}

/**
 * The result goes back with its articles as one JSON string: cloning thousands of small objects cost
 * 160 ms of worker time in a cold bench run, a string is copied whole and parsed natively.
 */
export type ParseWorkerReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly result: IngestResult;
      /** The cache files to write, in order (see below). */
      readonly files: [string, string][];
      readonly warnings: string[];
    }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly warnings: string[] };

const { home } = workerData as { home: string };

/**
 * The cache files of the home, with warnings (a corrupt file moved aside) collected per task. Saving
 * only serialises: the main thread writes the files. Writing is ~0.4 ms a file on a slow disk (1.2 ms a
 * feed, a quarter of this thread's time in a cold refresh), and the main thread is idle most of a refresh
 * while this one is the critical path.
 */
function cacheFiles(warnings: string[], files: [string, string][]): ArticleFiles {
  const cache = new ArticleCache(home, (message) => warnings.push(message));
  return {
    loadArticles: (feedUrl) => cache.loadArticles(feedUrl),
    saveArticles: (feedUrl, articles: readonly Article[], snippet) => {
      files.push(...cache.serialise(feedUrl, articles, snippet));
    },
  };
}

parentPort?.on('message', async ({ id, task }: ParseWorkerRequest) => {
  const warnings: string[] = [];
  const files: [string, string][] = [];
  let reply: ParseWorkerReply;
  try {
    const result = await ingestFeed(task, cacheFiles(warnings, files));
    reply = {
      id,
      ok: true,
      result,
      files,
      warnings,
    };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error), warnings };
  }
  const segment = reply.ok ? reply.result.segment : undefined;
  parentPort?.postMessage(reply, segment ? [segment.buffer as ArrayBuffer] : []);
});
