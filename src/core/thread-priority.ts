import os from 'node:os';

/**
 * Lowers the calling thread's scheduling priority by `steps` nice levels, for the reader's background
 * threads (refresh, and the parse worker it starts, which inherits it; grouping): when a key arrives the
 * UI thread gets a core first instead of sharing two cores with two busy threads. On Linux the nice
 * value belongs to the thread; elsewhere it belongs to the whole process, which would slow the reader
 * itself, so nothing is changed there.
 */
export function lowerThreadPriority(steps = 10): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + steps));
  } catch {
    // Not allowed (a sandbox): the thread keeps its priority.
  }
}
