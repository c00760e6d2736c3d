import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../../src/core/net/fetch.js';
import { failure, startServer, type TestServer } from './server.js';
import { TRANSPORTS } from './transports.js';

const MB = 1024 * 1024;
const HUGE = 300 * MB;
const CHUNK = Buffer.alloc(64 * 1024, 'x');
let server: TestServer;
/** Bytes the server managed to hand to the socket for the last /huge request. */
let hugeSent = 0;
const timers = new Set<NodeJS.Timeout>();

/** Streams `total` bytes in 64 KB chunks as fast as the client reads, stopping if it hangs up. */
function streamHuge(res: http.ServerResponse, total: number): void {
  hugeSent = 0;
  const pump = (): void => {
    while (!res.destroyed && hugeSent < total) {
      hugeSent += CHUNK.byteLength;
      if (!res.write(CHUNK)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = req.url ?? '/';
  if (path === '/silent') return; // accepts the request and never answers
  if (path === '/trickle') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('.'), 100);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  } else if (path === '/huge') {
    res.writeHead(200, { 'content-type': 'application/xml' });
    streamHuge(res, HUGE);
  } else if (path === '/declared-huge') {
    res.writeHead(200, { 'content-length': String(HUGE) });
    streamHuge(res, HUGE);
  } else res.writeHead(200).end('ok');
}

beforeAll(async () => {
  server = await startServer(route);
});
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  await server.close();
});

describe.each(TRANSPORTS)('fetchResource limits (%s transport)', (transport) => {
  it('times out on a server that never answers', async () => {
    const started = Date.now();
    const error = await failure(fetchResource(`${server.url}/silent`, { transport, timeoutMs: 300 }));
    expect(error.message).toBe('timed out after 0.3 s');
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('cuts off a body that keeps trickling at the total deadline', async () => {
    const started = Date.now();
    const error = await failure(fetchResource(`${server.url}/trickle`, { transport, timeoutMs: 700 }));
    expect(error.message).toBe('timed out after 0.7 s');
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(650);
    expect(elapsed).toBeLessThan(2000);
  });

  it('stops a 300 MB body at the 10 MB cap quickly, without buffering it', async () => {
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - before.arrayBuffers);
    }, 5);
    const started = Date.now();
    const error = await failure(fetchResource(`${server.url}/huge`, { transport }));
    clearInterval(sampler);
    expect(error.message).toBe('response larger than 10 MB');
    expect(error.kind).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(5000);
    // The client hung up: the server got nowhere near 300 MB out (socket buffers hold a few MB).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hugeSent).toBeLessThan(40 * MB);
    expect(peak).toBeLessThan(64 * MB);
  });

  it('fails at once when Content-Length declares more than the cap', async () => {
    const error = await failure(fetchResource(`${server.url}/declared-huge`, { transport, maxBytes: MB }));
    expect(error.message).toBe('response larger than 1 MB');
  });

  it('keeps the first maxBytes when asked to truncate', async () => {
    const result = await fetchResource(`${server.url}/huge`, {
      transport,
      maxBytes: 2 * MB,
      onTooLarge: 'truncate',
    });
    expect(result.status).toBe(200);
    expect(result.truncated).toBe(true);
    expect(result.bytes.byteLength).toBe(2 * MB);
  });

  it('still reads a body that fits under the cap', async () => {
    const result = await fetchResource(`${server.url}/ok`, { transport, maxBytes: 2 });
    expect(Buffer.from(result.bytes).toString()).toBe('ok');
    expect(result.truncated).toBe(false);
  });
});
