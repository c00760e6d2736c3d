import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection, if the runtime allows one. Every frame allocates Ink's whole cell grid; with
 * 100,000 headlines in memory V8 keeps that garbage's pages long after the keys stop (RSS grew ~60 MB
 * per 200 keys and stayed there). One collection when the reader goes idle gives them back.
 */
export function collectGarbage(): void {
  if (!collect) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = () => {};
    }
  }
  collect();
}

/** Calls `collectGarbage` once `idleMs` after the last call of the returned function. */
export function idleCollector(idleMs: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(collectGarbage, idleMs);
    timer.unref();
  };
}
