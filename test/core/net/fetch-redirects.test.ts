import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../../src/core/net/fetch.js';
import { failure, startServer, type TestServer } from './server.js';
import { TRANSPORTS } from './transports.js';

let server: TestServer;

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = req.url ?? '/';
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (path === '/start') res.writeHead(301, { location: 'middle' }).end();
  else if (path === '/middle')
    res.writeHead(302, { location: `${server.url}/moved/end` }).end('see elsewhere');
  else if (path === '/moved/end') res.writeHead(307, { location: '../final' }).end();
  else if (path === '/final') res.writeHead(200, { 'content-type': 'text/plain' }).end('arrived');
  else if (path === '/loop-a') res.writeHead(302, { location: '/loop-b' }).end();
  else if (path === '/loop-b') res.writeHead(302, { location: '/loop-a' }).end();
  else if (hop) {
    const n = Number(hop[1]);
    if (n === 0) res.writeHead(200).end('end of the line');
    else res.writeHead(308, { location: `/hop/${n - 1}` }).end();
  } else if (path === '/to-ftp') res.writeHead(302, { location: 'ftp://example.invalid/feed' }).end();
  else if (path === '/no-location') res.writeHead(302).end();
  else res.writeHead(404).end();
}

beforeAll(async () => {
  server = await startServer(route);
});
afterAll(async () => {
  await server.close();
});

describe.each(TRANSPORTS)('fetchResource redirects (%s transport)', (transport) => {
  it('follows a chain of relative and absolute redirects and reports the final URL', async () => {
    const result = await fetchResource(`${server.url}/start`, { transport });
    expect(result.url).toBe(`${server.url}/final`);
    expect(Buffer.from(result.bytes).toString()).toBe('arrived');
  });

  it('follows exactly five redirects', async () => {
    const result = await fetchResource(`${server.url}/hop/5`, { transport });
    expect(result.url).toBe(`${server.url}/hop/0`);
  });

  it('gives up after five redirects', async () => {
    const error = await failure(fetchResource(`${server.url}/hop/6`, { transport }));
    expect(error.message).toBe('too many redirects (more than 5)');
    expect(error.kind).toBe('redirect');
  });

  it('names the URL where a redirect loop closes', async () => {
    const error = await failure(fetchResource(`${server.url}/loop-a`, { transport }));
    expect(error.message).toBe(`redirect loop at ${server.url}/loop-a`);
  });

  it('refuses to follow a redirect to a non-http URL', async () => {
    const error = await failure(fetchResource(`${server.url}/to-ftp`, { transport }));
    expect(error.message).toBe('redirect to a non-http(s) URL (ftp://example.invalid/feed)');
  });

  it('reports a redirect without a Location header', async () => {
    const error = await failure(fetchResource(`${server.url}/no-location`, { transport }));
    expect(error.message).toBe('HTTP 302 redirect without a Location header');
  });
});
