import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../../src/core/net/fetch.js';
import { closedPort, failure, startServer, type TestServer } from './server.js';
import { TRANSPORTS } from './transports.js';

let server: TestServer;

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = req.url ?? '/';
  if (path === '/missing') res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
  else if (path === '/broken') {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('\n  database is down\nstack trace follows\n');
  } else if (path === '/busy') {
    res.writeHead(503, { 'retry-after': '120' }).end();
  } else if (path === '/busy-until') {
    res.writeHead(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }).end();
  } else if (path === '/hostile') {
    res.writeHead(500, 'Oops', { 'content-type': 'text/plain' }).end('\u001b]0;pwned\u0007bad things');
  } else if (path === '/cut') {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('only the start', () => res.destroy());
  } else if (path === '/slow') {
    setTimeout(() => res.end('late'), 2000);
  } else res.writeHead(200).end('ok');
}

beforeAll(async () => {
  server = await startServer(route);
});
afterAll(async () => {
  await server.close();
});

describe.each(TRANSPORTS)('fetchResource errors (%s transport)', (transport) => {
  it('reports a 404 by status and reason', async () => {
    const error = await failure(fetchResource(`${server.url}/missing`, { transport }));
    expect(error.message).toBe('HTTP 404 Not Found');
    expect(error).toMatchObject({ kind: 'http', status: 404, url: `${server.url}/missing` });
  });

  it('adds the first line of a plain-text error body', async () => {
    const error = await failure(fetchResource(`${server.url}/broken`, { transport }));
    expect(error.message).toBe('HTTP 500 Internal Server Error: database is down');
  });

  it('says when a 503 asks to retry', async () => {
    const error = await failure(fetchResource(`${server.url}/busy`, { transport }));
    expect(error.message).toBe('HTTP 503 Service Unavailable (retry after 120 s)');
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('reads a Retry-After given as a date', async () => {
    const error = await failure(fetchResource(`${server.url}/busy-until`, { transport }));
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(58);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('uses the reason phrase and strips escape sequences from its body', async () => {
    const error = await failure(fetchResource(`${server.url}/hostile`, { transport }));
    expect(error.message).toBe('HTTP 500 Oops: bad things');
  });

  it.each(['ftp://example.invalid/feed', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url'])(
    'refuses to fetch %s',
    async (url) => {
      const error = await failure(fetchResource(url, { transport }));
      expect(error.message).toBe('only http(s) URLs can be fetched');
      expect(error.kind).toBe('unsupported-url');
    },
  );

  it('reports a refused connection with the address', async () => {
    const port = await closedPort();
    const error = await failure(fetchResource(`http://127.0.0.1:${port}/feed`, { transport }));
    expect(error.message).toBe(`connection refused (127.0.0.1:${port})`);
    expect(error.code).toBe('ECONNREFUSED');
  });

  it('reports a server that hangs up in the middle of the body', async () => {
    const error = await failure(fetchResource(`${server.url}/cut`, { transport }));
    expect(error.message).toBe(
      `connection closed by ${server.url.slice(7)} before the response was complete`,
    );
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await failure(
      fetchResource(`${server.url}/slow`, { transport, signal: controller.signal }),
    );
    expect(error.message).toBe('request cancelled');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
