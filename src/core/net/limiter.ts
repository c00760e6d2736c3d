/** Bounds on parallel requests: overall, and to any one host (politeness, and servers that throttle). */
export interface LimiterOptions {
  readonly total?: number;
  readonly perHost?: number;
}

export interface Limiter {
  /** Runs `task` once a slot for `url`'s host is free; the slot is released when the task settles. */
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running now, and waiting. */
  readonly active: number;
  readonly pending: number;
}

export const DEFAULT_TOTAL = 32;
export const DEFAULT_PER_HOST = 4;

/**
 * A concurrency limiter: never more than `perHost` tasks at once for one host and `total` overall.
 * A free slot goes to the host with the most tasks waiting (its oldest task first), skipping hosts that
 * are full: the hosts with the longest queues, which would otherwise finish last at `perHost` at a time,
 * start early, and the run ends sooner (200 feeds on 20 hosts, 32 slots, 4 per host: 7 rounds of
 * requests instead of 8 in arrival order). A task that throws frees its slot like one that succeeds.
 */
export function createLimiter(options: LimiterOptions = {}): Limiter {
  const total = Math.max(1, Math.floor(options.total ?? DEFAULT_TOTAL));
  const perHost = Math.max(1, Math.floor(options.perHost ?? DEFAULT_PER_HOST));
  const activeByHost = new Map<string, number>();
  // Waiting tasks per host, oldest first; a host is deleted when its queue empties.
  const waiting = new Map<string, (() => void)[]>();
  let active = 0;
  let pending = 0;
  let scheduled = false;

  const hasRoom = (host: string): boolean => active < total && (activeByHost.get(host) ?? 0) < perHost;

  const acquire = (host: string): void => {
    active++;
    activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1);
  };

  const release = (host: string): void => {
    active--;
    const left = (activeByHost.get(host) ?? 1) - 1;
    if (left === 0) activeByHost.delete(host);
    else activeByHost.set(host, left);
    startWaiting(host);
  };

  /**
   * The host with room and the longest queue (the first such in insertion order on ties). While more
   * than two rounds of tasks wait, `warm` (the host whose task just finished, so a keep-alive connection
   * to it is idle) wins if its queue is at most one shorter: the next request reuses that connection
   * instead of opening one (over https, a TLS handshake) — on the bench farm the second round of requests
   * started ~6 ms sooner. Near the end the longest queue always wins, so no host is left with a tail.
   */
  const nextHost = (warm?: string): string | undefined => {
    let best: string | undefined;
    let longest = 0;
    for (const [host, queue] of waiting) {
      if (queue.length > longest && hasRoom(host)) {
        best = host;
        longest = queue.length;
      }
    }
    const warmQueue = warm === undefined ? undefined : waiting.get(warm);
    if (warmQueue && pending > 2 * total && warmQueue.length >= longest - 1 && hasRoom(warm!)) return warm;
    return best;
  };

  /** Starts the next waiting task that has room; false when none can start now. */
  const startNext = (warm?: string): boolean => {
    if (active >= total) return false;
    const host = nextHost(warm);
    if (host === undefined) return false;
    const queue = waiting.get(host)!;
    const start = queue.shift()!;
    if (queue.length === 0) waiting.delete(host);
    pending--;
    acquire(host);
    start();
    return true;
  };

  const startWaiting = (warm?: string): void => {
    while (startNext(warm)) {}
  };

  // A burst (a refresh submits every feed at once) starts one task per turn of the event loop: a
  // request's connection completes and its bytes leave only when the loop turns, so starting 32 in one
  // synchronous run held the first request back until the 32nd was made (~30 ms from the first
  // request's creation to the server seeing it, bench/refresh.mjs); spread out, the first leaves at once.
  const startBurst = (): void => {
    if (startNext()) setImmediate(startBurst);
    else scheduled = false;
  };

  return {
    run<T>(url: string, task: () => Promise<T>): Promise<T> {
      const host = hostKey(url);
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          let settled: Promise<T>;
          try {
            settled = task();
          } catch (error) {
            settled = Promise.reject(error);
          }
          settled.then(resolve, reject).finally(() => release(host));
        };
        // Queued, and started from the end of this turn (startBurst): tasks submitted together (a
        // refresh submits every feed at once) then start in the same order as later ones, spread over
        // the hosts rather than the first hosts' feeds taking every slot.
        const queue = waiting.get(host);
        if (queue) queue.push(start);
        else waiting.set(host, [start]);
        pending++;
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(startBurst);
        }
      });
    },
    get active() {
      return active;
    },
    get pending() {
      return pending;
    },
  };
}

/** Requests are limited per host name (any port): one server, one budget. */
function hostKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}
