import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshFeeds } from '../../../src/core/refresh/refresh.js';
import { openStore } from '../../../src/core/store/store.js';
import { tempHome } from '../../helpers/run-cli.js';

// One host, six feeds that answer 304, two at a time: the connections are reused from feed to feed,
// and none is left open once the refresh is over (the last ones close as their requests end).
let server: http.Server;
let origin: string;
const open = new Set<Socket>();
let connections = 0;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
    }, 20);
  });
  server.on('connection', (socket) => {
    connections += 1;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe('refresh connections', () => {
  it('reuses keep-alive connections and leaves none open when it is done', async () => {
    const home = tempHome();
    const store = openStore(home);
    store.updateSettings({ concurrency: 2, perHost: 2 });
    const urls = Array.from({ length: 6 }, (_, i) => `${origin}/f${i}.xml`);
    for (const url of urls)
      store.addSubscription({ url, title: url, tags: [], addedAt: '2026-03-01T00:00:00.000Z' });
    store.setFeedStates(Object.fromEntries(urls.map((url) => [url, { etag: '"v1"' }])));

    const report = await refreshFeeds(store);
    expect(report.feeds.map((feed) => feed.status)).toEqual(urls.map(() => 'not-modified'));
    expect(connections).toBe(2);
    // The server sees each close a moment later.
    for (let i = 0; i < 50 && open.size > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(open.size).toBe(0);
  });
});
