import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  readonly origin: string;
  /** Requests seen, as "METHOD /path". */
  readonly log: string[];
  /** Sets (or replaces) the handler of one path. */
  route(pathname: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on a loopback address and a free port, with per-path handlers. */
export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    log.push(`${req.method} ${pathname}`);
    const handler = routes.get(pathname);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    log,
    route: (pathname, handler) => routes.set(pathname, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler that serves a fixed body, with an ETag and 304 on a matching If-None-Match. */
export function serve(
  body: string | Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): Handler {
  const etag = `"${Buffer.from(body).length.toString(16)}-${hash(body)}"`;
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, ...headers });
    res.end(body);
  };
}

function hash(body: string | Uint8Array): string {
  let h = 0;
  for (const byte of Buffer.from(body)) h = (h * 31 + byte) >>> 0;
  return h.toString(16);
}

/** A small RSS 2.0 document. */
export function rss(
  title: string,
  items: { title: string; link: string; guid?: string; date?: string; description?: string }[],
): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${item.link}</link>` +
        `${item.guid ? `<guid>${item.guid}</guid>` : ''}` +
        `${item.date ? `<pubDate>${item.date}</pubDate>` : ''}` +
        `<description>${item.description ?? ''}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>http://example.com/</link>\n${entries}\n</channel></rss>\n`;
}
