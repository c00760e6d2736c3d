import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../../src/core/net/fetch.js';
import { createLimiter } from '../../../src/core/net/limiter.js';
import { startServer, type TestServer } from './server.js';

/** Concurrent requests in flight, counted on the server side. */
const inFlight = {
  total: 0,
  maxTotal: 0,
  byHost: new Map<string, number>(),
  maxByHost: new Map<string, number>(),
};

function counting(host: string): http.RequestListener {
  return (_req, res) => {
    const now = (inFlight.byHost.get(host) ?? 0) + 1;
    inFlight.byHost.set(host, now);
    inFlight.maxByHost.set(host, Math.max(inFlight.maxByHost.get(host) ?? 0, now));
    inFlight.total++;
    inFlight.maxTotal = Math.max(inFlight.maxTotal, inFlight.total);
    setTimeout(() => {
      inFlight.byHost.set(host, (inFlight.byHost.get(host) ?? 1) - 1);
      inFlight.total--;
      res.end('ok');
    }, 40);
  };
}

let one: TestServer;
let two: TestServer;

beforeAll(async () => {
  one = await startServer(counting('127.0.0.1'), '127.0.0.1');
  two = await startServer(counting('127.0.0.2'), '127.0.0.2');
});
afterAll(async () => {
  await Promise.all([one.close(), two.close()]);
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('createLimiter', () => {
  it('keeps real requests within the per-host and total bounds', async () => {
    const limiter = createLimiter({ total: 6, perHost: 4 });
    // Host one's feeds first, then host two's: the slots are shared between both hosts, never more
    // than 4 to one of them, and all 6 are used.
    const urls = Array.from({ length: 40 }, (_, i) => `${i < 20 ? one.url : two.url}/feed/${i}`);
    const results = await Promise.all(urls.map((url) => limiter.run(url, () => fetchResource(url))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(inFlight.maxByHost.get('127.0.0.1')).toBeGreaterThanOrEqual(2);
    expect(inFlight.maxByHost.get('127.0.0.1')).toBeLessThanOrEqual(4);
    expect(inFlight.maxByHost.get('127.0.0.2')).toBeGreaterThanOrEqual(2);
    expect(inFlight.maxByHost.get('127.0.0.2')).toBeLessThanOrEqual(4);
    expect(inFlight.maxTotal).toBe(6);
  });

  it('starts tasks for one host in the order they were queued', async () => {
    const limiter = createLimiter({ total: 10, perHost: 1 });
    const order: number[] = [];
    const gate = deferred();
    const first = limiter.run('http://a.test/0', async () => {
      await gate.promise;
      order.push(0);
    });
    const rest = [1, 2, 3].map((n) => limiter.run(`http://a.test/${n}`, async () => void order.push(n)));
    // Tasks start at the end of the turn that submitted them.
    expect(limiter.pending).toBe(4);
    await Promise.resolve();
    expect(limiter.active).toBe(1);
    expect(limiter.pending).toBe(3);
    gate.resolve();
    await Promise.all([first, ...rest]);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('lets another host go ahead of a host that is full', async () => {
    const limiter = createLimiter({ total: 10, perHost: 1 });
    const gate = deferred();
    const busy = limiter.run('http://a.test/1', () => gate.promise);
    const queued = limiter.run('http://a.test/2', async () => 'a2');
    const other = await limiter.run('http://b.test/1', async () => 'b1');
    expect(other).toBe('b1');
    expect(limiter.pending).toBe(1);
    gate.resolve();
    await expect(queued).resolves.toBe('a2');
    await busy;
  });

  it('frees the slot of a task that fails', async () => {
    const limiter = createLimiter({ total: 1, perHost: 1 });
    const failing = limiter.run('http://a.test/', async () => {
      throw new Error('boom');
    });
    const throwing = limiter.run('http://b.test/', () => {
      throw new Error('sync boom');
    });
    const next = limiter.run('http://c.test/', async () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    await expect(throwing).rejects.toThrow('sync boom');
    await expect(next).resolves.toBe('ran');
    expect(limiter.active).toBe(0);
  });
});

describe('the order waiting requests start in', () => {
  /** Runs `hosts` × `each` tasks; every round settles all running tasks at once. Returns the rounds. */
  async function rounds(hosts: number, each: number, total: number, perHost: number): Promise<number> {
    const limiter = createLimiter({ total, perHost });
    let running: (() => void)[] = [];
    const all: Promise<void>[] = [];
    for (let h = 0; h < hosts; h++) {
      for (let i = 0; i < each; i++) {
        all.push(
          limiter.run(`http://127.0.0.${h + 1}/feed/${i}`, () => new Promise<void>((r) => running.push(r))),
        );
      }
    }
    // The first tasks start from the end of the submitting turn, one per turn of the event loop.
    for (let turns = 0; limiter.active < total && turns < 1000; turns++)
      await new Promise((r) => setImmediate(r));
    let count = 0;
    while (running.length > 0) {
      count++;
      const now = running;
      running = [];
      for (const settle of now) settle();
      // Let the settled tasks release their slots and the next ones start.
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(all);
    return count;
  }

  it('gives free slots to the hosts with the most waiting, so the run ends in the fewest rounds', async () => {
    // 200 feeds on 20 hosts, 32 slots, 4 per host: ceil(200 / 32) = 7 rounds (8 in arrival order).
    expect(await rounds(20, 10, 32, 4)).toBe(7);
  });
});

describe("a finished task's slot", () => {
  it('goes to the same host while plenty waits and its queue is near the longest (its connection is warm)', async () => {
    // 3 hosts with 10 tasks each, 2 slots: the first round takes hosts a and b; when a's task ends,
    // a (9 waiting) is within one of c (10 waiting), so a goes again.
    const limiter = createLimiter({ total: 2, perHost: 4 });
    const started: string[] = [];
    const gates = new Map<string, () => void>();
    const all: Promise<void>[] = [];
    for (const h of ['a', 'b', 'c']) {
      for (let i = 0; i < 10; i++) {
        all.push(
          limiter.run(`http://${h}.test/${i}`, () => {
            started.push(h);
            return new Promise<void>((r) => gates.set(`${h}${i}`, r));
          }),
        );
      }
    }
    for (let turns = 0; started.length < 2 && turns < 10; turns++) await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['a', 'b']);
    gates.get('a0')!();
    for (let turns = 0; started.length < 3 && turns < 10; turns++) await new Promise((r) => setImmediate(r));
    expect(started[2]).toBe('a');
    let settled = 0;
    for (const p of all) void p.then(() => settled++);
    for (let turns = 0; settled < all.length && turns < 500; turns++) {
      for (const open of gates.values()) open();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(all);
  });
});

describe('a burst of requests', () => {
  it('starts on every host before a second request goes to any (new connections open in the first round)', async () => {
    const limiter = createLimiter({ total: 32, perHost: 4 });
    const started: string[] = [];
    const gates: (() => void)[] = [];
    const all: Promise<void>[] = [];
    for (let h = 1; h <= 20; h++) {
      for (let i = 0; i < 10; i++) {
        all.push(
          limiter.run(`http://127.0.0.${h}/feed/${i}`, () => {
            started.push(`127.0.0.${h}`);
            return new Promise<void>((r) => gates.push(r));
          }),
        );
      }
    }
    for (let turns = 0; started.length < 32 && turns < 100; turns++)
      await new Promise((r) => setImmediate(r));
    expect(started).toHaveLength(32);
    expect(new Set(started.slice(0, 20)).size).toBe(20);
    for (const count of new Map(started.map((h) => [h, started.filter((x) => x === h).length])).values())
      expect(count).toBeLessThanOrEqual(2);
    while (gates.length > 0) {
      for (const open of gates.splice(0)) open();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(all);
  });

  it('lets the event loop turn between starts, so the first request leaves before the last is made', async () => {
    const limiter = createLimiter({ total: 4, perHost: 4 });
    const events: string[] = [];
    const all = [1, 2, 3].map((n) =>
      limiter.run(`http://127.0.0.1/feed/${n}`, async () => {
        events.push(`start ${n}`);
        // Stands for the request's I/O callbacks (connect, write), which need a turn of the loop.
        setImmediate(() => events.push(`loop turned after ${n}`));
        await new Promise((r) => setTimeout(r, 5));
      }),
    );
    await Promise.all(all);
    await new Promise((r) => setImmediate(r));
    expect(events).toEqual([
      'start 1',
      'loop turned after 1',
      'start 2',
      'loop turned after 2',
      'start 3',
      'loop turned after 3',
    ]);
  });
});
