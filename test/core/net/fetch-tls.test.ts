import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, fetchResource } from '../../../src/core/net/fetch.js';
import { TRANSPORTS } from './transports.js';

// A self-signed certificate for 127.0.0.1 (test-only key, valid for a century).
const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
let server: https.Server;
let base: string;

beforeAll(async () => {
  server = https.createServer(
    { key: fixture('self-signed.key'), cert: fixture('self-signed.crt') },
    (_req, res) => res.end('secret'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe.each(TRANSPORTS)('fetchResource over TLS (%s transport)', (transport) => {
  it('names the certificate problem when a server is not trusted', async () => {
    const error = await fetchResource(`${base}/feed`, { transport }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).message).toBe(
      `TLS certificate problem with ${base.slice(8)}: self-signed certificate`,
    );
    expect(error).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });
});
