import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { buildSite, type Resource } from './site.js';
import type { SiteModel } from './site-model.js';

/** A demo feed, ready to subscribe to. */
export interface DemoFeed {
  readonly url: string;
  readonly title: string;
  readonly tags: readonly string[];
}

export interface DemoServer {
  /** e.g. "http://127.0.0.1:41234" */
  readonly origin: string;
  readonly feeds: readonly DemoFeed[];
  /** Every story page's absolute URL, with its related pages' URLs (for tests that walk the site). */
  readonly model: SiteModel;
  close(): Promise<void>;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function acceptsGzip(header: string | undefined): boolean {
  return /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/i.test(header ?? '');
}

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  routes: ReadonlyMap<string, () => Resource>,
  gzipped: Map<string, Buffer>,
  lastModified: string,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res
      .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Method not allowed\n');
    return;
  }
  const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
  const found = routes.get(path)?.();
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`No demo page at ${path}\n`);
    return;
  }
  const headers: Record<string, string> = {
    ETag: found.etag,
    'Last-Modified': lastModified,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const inm = req.headers['if-none-match'];
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  // If-None-Match wins when both are sent (RFC 9110 §13.2.2); the site never changes while it runs.
  if (inm ? etagMatches(inm, found.etag) : ims >= Date.parse(lastModified)) {
    res.writeHead(304, headers).end();
    return;
  }
  let body = found.body;
  if (acceptsGzip(req.headers['accept-encoding'])) {
    body = gzipped.get(path) ?? gzipSync(found.body);
    gzipped.set(path, body);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Type'] = found.contentType;
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the bundled demo site (four feeds and their article pages) on 127.0.0.1 at a free port.
 * Responses carry a strong ETag (If-None-Match → 304), a Content-Type with its charset, and are
 * gzipped when the client asks. Stories are dated relative to the moment the server starts.
 */
export async function startDemoServer(): Promise<DemoServer> {
  let routes: ReadonlyMap<string, () => Resource> = new Map();
  const gzipped = new Map<string, Buffer>();
  const started = new Date();
  const lastModified = started.toUTCString();
  const server = createServer((req, res) => respond(req, res, routes, gzipped, lastModified));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const site = buildSite(origin, started);
  routes = site.routes;
  return {
    origin,
    model: site.model,
    feeds: site.model.outlets.map((o) => ({ url: o.feedUrl, title: o.outlet.title, tags: o.outlet.tags })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
