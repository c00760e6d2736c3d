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

interface Waiting {
  readonly host: string;
  readonly start: () => void;
}

/**
 * A concurrency limiter: never more than `perHost` tasks at once for one host and `total` overall.
 * Waiting tasks start in arrival order, skipping those whose host is full (so one busy host does not
 * hold up the others). A task that throws frees its slot like one that succeeds.
 */
export function createLimiter(options: LimiterOptions = {}): Limiter {
  const total = Math.max(1, Math.floor(options.total ?? DEFAULT_TOTAL));
  const perHost = Math.max(1, Math.floor(options.perHost ?? DEFAULT_PER_HOST));
  const activeByHost = new Map<string, number>();
  const queue: Waiting[] = [];
  let active = 0;

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
    startWaiting();
  };

  const startWaiting = (): void => {
    for (let i = 0; i < queue.length && active < total; ) {
      const next = queue[i]!;
      if (hasRoom(next.host)) {
        queue.splice(i, 1);
        acquire(next.host);
        next.start();
      } else {
        i++;
      }
    }
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
        // The queue never holds a task that could start, so a task with room can go ahead of it.
        if (hasRoom(host)) {
          acquire(host);
          start();
        } else {
          queue.push({ host, start });
        }
      });
    },
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
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
