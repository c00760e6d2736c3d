import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * Node built-ins that only some runs need, loaded on first use: compiling node:https (with tls),
 * node:zlib and node:worker_threads costs ~8 ms of every start, node:crypto ~6 ms, and a refresh where
 * every feed answers 304 over http needs none of them.
 */
export const lazyBuiltin = {
  crypto: once(() => load('node:crypto') as typeof import('node:crypto')),
  https: once(() => load('node:https') as typeof import('node:https')),
  zlib: once(() => load('node:zlib') as typeof import('node:zlib')),
  workerThreads: once(() => load('node:worker_threads') as typeof import('node:worker_threads')),
};

function once<T>(get: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= get();
    return value;
  };
}
