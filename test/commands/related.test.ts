import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rss, serve, startServer } from '../helpers/http-server.js';
import { runCli, tempHome } from '../helpers/run-cli.js';

interface Listed {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}
interface Match {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly feed: string;
  readonly score: number;
}

let home: string;
let stories: Listed[];
let wireFeed: string;
let postFeed: string;

// Two outlets covering the same eruption, plus unrelated stories; served once on loopback, then gone.
beforeAll(async () => {
  const server = await startServer();
  const o = server.origin;
  wireFeed = `${o}/wire.xml`;
  postFeed = `${o}/post.xml`;
  server.route(
    '/wire.xml',
    serve(
      rss('Wire Service', [
        {
          title: 'Mount Semeru erupts, thousands flee ash in East Java',
          link: `${o}/wire/semeru`,
          guid: 'w1',
          date: 'Sat, 21 Nov 2026 08:00:00 GMT',
          description: 'Mount Semeru erupted, sending hot ash down its slopes; villagers in Lumajang fled.',
        },
        {
          title: 'Central bank holds interest rates steady',
          link: `${o}/wire/rates`,
          guid: 'w2',
          date: 'Fri, 20 Nov 2026 09:00:00 GMT',
          description: 'The central bank kept its benchmark rate unchanged, citing stable inflation.',
        },
      ]),
      'application/rss+xml',
    ),
  );
  server.route(
    '/post.xml',
    serve(
      rss('The Island Post', [
        {
          title: 'Semeru eruption: Lumajang residents evacuated as ash falls',
          link: `${o}/post/semeru-evacuation`,
          guid: 'p1',
          date: 'Sat, 21 Nov 2026 11:00:00 GMT',
          description:
            'Residents on the slopes of Mount Semeru in Lumajang were evacuated after hot ash fell.',
        },
        {
          title: 'Governor opens new MRT line',
          link: `${o}/post/mrt`,
          guid: 'p2',
          date: 'Fri, 20 Nov 2026 05:00:00 GMT',
          description: 'The new line links the city centre with the port.',
        },
      ]),
      'application/rss+xml',
    ),
  );
  home = tempHome('newsink-related-cmd-');
  for (const feed of [wireFeed, postFeed]) {
    const added = await runCli(['add', feed], { home });
    expect(added.code, added.stderr).toBe(0);
  }
  stories = JSON.parse((await runCli(['list', '--json'], { home })).stdout) as Listed[];
  // Everything below runs with no server: related works from the cache alone.
  await server.close();
});

function story(title: string): Listed {
  const found = stories.find((item) => item.title.startsWith(title));
  if (!found) throw new Error(`no story "${title}" in ${JSON.stringify(stories)}`);
  return found;
}

describe('newsink related', () => {
  it('lists the same story from the other outlet first, as JSON', async () => {
    const result = await runCli(['related', story('Mount Semeru').id, '--json'], { home });
    expect(result.code, result.stderr).toBe(0);
    const matches = JSON.parse(result.stdout) as Match[];
    expect(matches[0]).toMatchObject({
      id: story('Semeru eruption').id,
      title: 'Semeru eruption: Lumajang residents evacuated as ash falls',
      url: story('Semeru eruption').url,
      feed: postFeed,
    });
    expect(matches[0]!.score).toBeGreaterThan(0);
    expect(matches.map((match) => match.id)).not.toContain(story('Mount Semeru').id);
    // The index was built from the cache and kept in the home for next time.
    expect(fs.readdirSync(path.join(home, 'related')).filter((name) => name.endsWith('.seg'))).toHaveLength(
      2,
    );
  });

  it('accepts a story URL and prints score, feed and title per line', async () => {
    const result = await runCli(['related', story('Semeru eruption').url, '--limit', '1'], { home });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^\d\.\d\d {2}Wire Service: Mount Semeru erupts, thousands flee ash in East Java\n$/,
    );
  });

  it('says so when nothing in the feeds is similar', async () => {
    const result = await runCli(['related', story('Governor opens').id], { home });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('No similar stories in your feeds.\n');
  });

  it('fails with a clear message for an unknown story and a usage error without one', async () => {
    const unknown = await runCli(['related', 'no-such-story'], { home });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no cached story has the id or URL "no-such-story"/);
    const usage = await runCli(['related'], { home });
    expect(usage.code).toBe(2);
  });
});
