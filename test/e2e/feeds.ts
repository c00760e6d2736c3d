import { rss, serve, startServer, type TestServer } from '../helpers/http-server.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toUTCString();

/** A loopback site with a plain RSS feed and a JSON Feed whose titles carry terminal escape sequences. */
export async function startFeeds(): Promise<{ server: TestServer; harbour: string; hostile: string }> {
  const server = await startServer();
  const o = server.origin;
  server.route(
    '/harbour.xml',
    serve(
      rss('Harbour Gazette', [
        {
          title: 'Storm closes the harbour for two days',
          link: `${o}/story/storm`,
          date: hoursAgo(1),
          description:
            '<p>The harbour master closed the port.</p><p>Ferries wait outside the breakwater.</p>',
        },
        {
          title: 'Fish market opens a new hall',
          link: `${o}/story/market`,
          date: hoursAgo(2),
          description: 'A new hall.',
        },
        {
          title: 'Lighthouse gets a fresh coat of paint',
          link: `${o}/story/lighthouse`,
          date: hoursAgo(3),
          description: 'Red and white again.',
        },
      ]),
      'application/rss+xml; charset=utf-8',
    ),
  );
  const osc52 = `\u001b]52;c;${Buffer.from('http://evil.invalid/').toString('base64')}\u0007`;
  server.route(
    '/hostile.json',
    serve(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Hostile Feed',
        items: [
          {
            id: '1',
            url: `${o}/story/h1`,
            title: `Clipboard grab${osc52} attempt`,
            content_text: 'x',
            date_published: new Date(Date.now() - 4 * 3_600_000).toISOString(),
          },
          {
            id: '2',
            url: `${o}/story/h2`,
            title: 'Screen \u001b[2J\u001b[Hclear attempt',
            content_text: 'y',
            date_published: new Date(Date.now() - 5 * 3_600_000).toISOString(),
          },
          {
            id: '3',
            url: `${o}/story/h3`,
            title: `Hidden \u001b]8;;http://evil.invalid/\u001b\\link\u001b]8;;\u001b\\ attempt`,
            content_text: 'z',
            date_published: new Date(Date.now() - 6 * 3_600_000).toISOString(),
          },
        ],
      }),
      'application/feed+json',
    ),
  );
  return { server, harbour: `${o}/harbour.xml`, hostile: `${o}/hostile.json` };
}
