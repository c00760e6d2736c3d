import http from 'node:http';
import type https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { lazyBuiltin } from '../builtins.js';
import { decodersFor } from './decode-stream.js';
import type { HttpResponse, Transport } from './response.js';

// One keep-alive pool per scheme: a refresh sends several requests to each host, and connecting
// (above all the TLS handshake) is the expensive part. Idle pooled sockets are unref'd, so they never
// keep the process alive. The limiter, not the agent, bounds how many run at once.
const httpAgent = new http.Agent({ keepAlive: true });
let httpsAgent: https.Agent | undefined;

/**
 * Closes the idle keep-alive connections (a command that has fetched everything it will). Exiting with
 * 40 or more of them open cost ~4 ms more than closing them first, and the servers see a clean close.
 */
export function closeIdleConnections(): void {
  for (const agent of [httpAgent, httpsAgent]) {
    for (const sockets of Object.values(agent?.freeSockets ?? {})) {
      for (const socket of sockets ?? []) socket.destroy();
    }
  }
}

/** Statuses that never carry a body: their connection can go back to the pool at once. */
const BODILESS = new Set([204, 304]);

function headerValue(res: http.IncomingMessage, name: string): string | undefined {
  const value = res.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * GET through node:http / node:https, decoding gzip, deflate (zlib or raw) and br with node:zlib.
 * Loads with the process (no undici), which saves about 0.3 s of CPU per command (bench/refresh.mjs).
 */
export const nodeTransport: Transport = (url, headers, signal) =>
  new Promise<HttpResponse>((resolve, reject) => {
    const target = new URL(url);
    const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
    const client = protocol === 'https:' ? lazyBuiltin.https() : http;
    if (protocol === 'https:') httpsAgent ??= new (lazyBuiltin.https().Agent)({ keepAlive: true });
    const agent = protocol === 'https:' ? httpsAgent : httpAgent;
    let req: http.ClientRequest;
    try {
      req = client.request(target, {
        method: 'GET',
        headers: { ...headers },
        agent,
        signal,
      });
    } catch (error) {
      reject(error);
      return;
    }
    // Errors after the response arrived surface through the body stream instead.
    req.on('error', reject);
    // A finished keep-alive request emits 'close' just before its socket goes back to the agent's pool.
    // Reporting the response done only then lets a request to this host started at once (the limiter
    // starts the next as soon as one settles) reuse the socket instead of connecting anew.
    const released = new Promise<void>((resolveReleased) => req.once('close', () => resolveReleased()));
    req.once('response', (res) => {
      // Read errors are reported by read(); this only keeps an early one from being "unhandled".
      res.on('error', () => {});
      const decoders =
        res.statusCode && BODILESS.has(res.statusCode)
          ? []
          : decodersFor(headerValue(res, 'content-encoding'));
      // pipeline destroys every stage when one fails, so a corrupt gzip body fails the read.
      if (decoders.length > 0) pipeline([res, ...decoders], () => {});
      const body: Readable = decoders.at(-1) ?? res;
      body.on('error', () => {});
      const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        header: (name) => headerValue(res, name),
        read: async () => {
          const { done, value } = await chunks.next();
          if (!done) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
          await released;
          return undefined;
        },
        cancel: async () => {
          // A body that is already in (or empty) is drained, not destroyed: the socket goes back to the
          // pool only once the response has ended, and reusing it spares a connect per 304.
          if (res.complete || BODILESS.has(res.statusCode ?? 0) || res.headers['content-length'] === '0') {
            res.resume();
            await released;
            return;
          }
          body.destroy();
          res.destroy();
          req.destroy();
        },
      });
    });
    req.end();
  });
