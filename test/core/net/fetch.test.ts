import type http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { FetchError, fetchResource } from '../../../src/core/net/fetch.js';
import { startServer, type TestServer } from './server.js';
import { TRANSPORTS } from './transports.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title></channel></rss>';
const seen: http.IncomingHttpHeaders[] = [];
let connections = 0;
let server: TestServer;

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  seen.push(req.headers);
  const body = Buffer.from(FEED);
  const path = req.url ?? '/';
  if (path === '/feed') {
    if (
      req.headers['if-none-match'] === '"v1"' ||
      req.headers['if-modified-since'] === 'Wed, 01 Jan 2025 00:00:00 GMT'
    ) {
      res.writeHead(304, { etag: '"v1"' }).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT',
      })
      .end(body);
  } else if (path === '/gzip') {
    res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(body));
  } else if (path === '/deflate-zlib') {
    res.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateSync(body));
  } else if (path === '/deflate-raw') {
    res.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateRawSync(body));
  } else if (path === '/br') {
    res.writeHead(200, { 'content-encoding': 'br' }).end(zlib.brotliCompressSync(body));
  } else if (path === '/bad-gzip') {
    res.writeHead(200, { 'content-encoding': 'gzip' }).end('this is not gzip at all');
  } else if (path === '/no-etag-304') {
    res.writeHead(304).end();
  } else {
    res.writeHead(404).end('not here');
  }
}

beforeAll(async () => {
  server = await startServer(route);
  server.onConnection(() => connections++);
});
afterAll(async () => {
  await server.close();
});

describe.each(TRANSPORTS)('fetchResource (%s transport)', (transport) => {
  it('returns the body, content type and validators of a 200', async () => {
    const result = await fetchResource(`${server.url}/feed`, { transport });
    expect(result.status).toBe(200);
    expect(result.url).toBe(`${server.url}/feed`);
    expect(Buffer.from(result.bytes).toString()).toBe(FEED);
    expect(result.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(result.etag).toBe('"v1"');
    expect(result.lastModified).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
    expect(result.truncated).toBe(false);
  });

  it('identifies itself as newsink/<version> and advertises gzip, deflate and br', async () => {
    seen.length = 0;
    await fetchResource(`${server.url}/feed`, { transport });
    expect(seen[0]?.['user-agent']).toBe(`newsink/${pkg.version}`);
    expect(seen[0]?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends the stored ETag and reports 304 with an empty body', async () => {
    seen.length = 0;
    const result = await fetchResource(`${server.url}/feed`, { transport, etag: '"v1"' });
    expect(seen[0]?.['if-none-match']).toBe('"v1"');
    expect(result.status).toBe(304);
    expect(result.bytes.byteLength).toBe(0);
    expect(result.etag).toBe('"v1"');
  });

  it('sends the stored Last-Modified as If-Modified-Since', async () => {
    const result = await fetchResource(`${server.url}/feed`, {
      transport,
      lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT',
    });
    expect(result.status).toBe(304);
  });

  it('keeps the validators it sent when a 304 carries none', async () => {
    const result = await fetchResource(`${server.url}/no-etag-304`, {
      transport,
      etag: '"old"',
      lastModified: 'yesterday',
    });
    expect(result).toMatchObject({ status: 304, etag: '"old"', lastModified: 'yesterday' });
  });

  it.each(['gzip', 'deflate-zlib', 'deflate-raw', 'br'])('decodes a %s body', async (encoding) => {
    const result = await fetchResource(`${server.url}/${encoding}`, { transport });
    expect(Buffer.from(result.bytes).toString()).toBe(FEED);
  });

  it('names a body that does not decompress', async () => {
    const error = await fetchResource(`${server.url}/bad-gzip`, { transport }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toMatch(
      new RegExp(`^${server.url.slice(7)} sent a body that could not be decompressed \\(.+\\)$`),
    );
  });

  it('reuses its connection for the next request after a 304', async () => {
    await fetchResource(`${server.url}/feed`, { transport, etag: '"v1"' });
    const before = connections;
    for (let i = 0; i < 3; i++) await fetchResource(`${server.url}/feed`, { transport, etag: '"v1"' });
    expect(connections).toBe(before);
  });

  it('sends the Accept header it is given', async () => {
    seen.length = 0;
    await fetchResource(`${server.url}/feed`, { transport, accept: 'application/atom+xml' });
    expect(seen[0]?.accept).toBe('application/atom+xml');
  });
});
