// A farm of generated RSS feeds on loopback hosts, with added latency and ETags, for benchmarks.
import http from 'node:http';

const ITEM_TEXT =
  'Councillors met on Tuesday to discuss the proposal, which would change how the district plans ' +
  'its transport links over the next decade. Residents raised concerns about noise and cost, and ' +
  'the committee agreed to publish a revised plan before the summer recess.';

/** Deterministic RSS 2.0 document: feed `n` on `host`, `items` items, version `version`. */
export function feedXml(base, n, items, version = 1) {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    `<title>Bench feed ${n}</title><link>${base}/site/${n}/</link><description>Feed ${n}</description>`,
  ];
  for (let i = 0; i < items; i++) {
    const date = new Date(Date.UTC(2026, 0, 1) + (n * items + i) * 60_000).toUTCString();
    out.push(
      '<item>',
      `<title>Story ${i} of feed ${n} (v${version})</title>`,
      `<link>${base}/site/${n}/story-${version}-${i}.html</link>`,
      `<guid isPermaLink="false">feed-${n}-v${version}-item-${i}</guid>`,
      `<pubDate>${date}</pubDate>`,
      `<description>&lt;p&gt;${ITEM_TEXT} (${n}/${i})&lt;/p&gt;</description>`,
      '</item>',
    );
  }
  out.push('</channel></rss>');
  return Buffer.from(out.join('\n'));
}

/**
 * Starts `hosts` servers on 127.0.0.1 … 127.0.0.<hosts> (one free port each), each serving
 * `feedsPerHost` feeds at /feed/<n>.xml after `latencyMs`. Answers 304 when If-None-Match matches.
 * Returns { urls, stats, close() }; stats counts responses by status and body bytes sent.
 */
export async function startFeedFarm({ hosts = 20, feedsPerHost = 10, items = 30, latencyMs = 100 } = {}) {
  const stats = { requests: 0, 200: 0, 304: 0, 404: 0, bytes: 0, inFlight: 0, maxInFlight: 0 };
  const servers = [];
  const urls = [];
  for (let h = 1; h <= hosts; h++) {
    const host = `127.0.0.${h}`;
    const cache = new Map();
    const server = http.createServer((req, res) => {
      stats.requests++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      setTimeout(() => {
        stats.inFlight--;
        const match = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
        const n = match ? Number(match[1]) : -1;
        if (!match || n < (h - 1) * feedsPerHost || n >= h * feedsPerHost) {
          stats[404]++;
          res.writeHead(404).end();
          return;
        }
        const etag = `"feed-${n}-v1"`;
        if (req.headers['if-none-match'] === etag) {
          stats[304]++;
          res.writeHead(304, { etag }).end();
          return;
        }
        let body = cache.get(n);
        if (!body) {
          body = feedXml(`http://${req.headers.host}`, n, items);
          cache.set(n, body);
        }
        stats[200]++;
        stats.bytes += body.byteLength;
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
      }, latencyMs);
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, resolve);
    });
    servers.push(server);
    const { port } = server.address();
    for (let f = 0; f < feedsPerHost; f++)
      urls.push(`http://${host}:${port}/feed/${(h - 1) * feedsPerHost + f}.xml`);
  }
  return {
    urls,
    stats,
    resetStats() {
      for (const key of Object.keys(stats)) stats[key] = 0;
    },
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise((resolve) => {
              server.closeAllConnections();
              server.close(resolve);
            }),
        ),
      ),
  };
}

/**
 * An OPML 2.0 document subscribing to `urls`. With `titled`, each outline carries the feed's own title
 * (as exports from other readers do); without, the outline text is the URL, so newsink takes the title
 * from the feed on its first refresh.
 */
export function opml(urls, { titled = true } = {}) {
  const outlines = urls
    .map((url) => {
      const n = /\/feed\/(\d+)\.xml$/.exec(url)?.[1];
      const text = titled && n !== undefined ? `Bench feed ${n}` : url;
      return `    <outline type="rss" text="${text}" title="${text}" xmlUrl="${url}"/>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>bench</title></head><body>\n${outlines}\n</body></opml>\n`;
}
