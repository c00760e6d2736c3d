import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { FetchError } from '../../../src/core/net/fetch.js';

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Calls `listener` for every new TCP connection (to check connection reuse). */
  onConnection(listener: () => void): void;
  close(): Promise<void>;
}

/** A real HTTP server on a loopback address and a free port, for one test file. */
export async function startServer(
  handler: http.RequestListener,
  host = '127.0.0.1',
  port = 0,
): Promise<TestServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    onConnection: (listener) => {
      server.on('connection', listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago and has nothing listening on it now. */
export async function closedPort(): Promise<number> {
  const server = await startServer(() => {});
  await server.close();
  return server.port;
}

/** The FetchError a fetch rejects with (the test fails if it resolves or rejects with anything else). */
export async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}
