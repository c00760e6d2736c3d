import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoHome, prepareDemoHome } from '../../src/demo/run.js';
import { runCli } from '../helpers/run-cli.js';

// The bundled demo site: four outlets covering the same events, pages with "Related" boxes.
let demo: DemoHome;

beforeAll(async () => {
  demo = await prepareDemoHome();
  const refreshed = await runCli(['refresh'], { home: demo.home });
  expect(refreshed.code).toBe(0);
}, 60_000);

afterAll(() => demo.dispose());

type Related = { title: string; url: string; source: 'page' | 'feeds'; feed?: string; score?: number };

describe('newsink read --json related', () => {
  it('lists the page links first, in page order, then similar stories from the feeds, best first', async () => {
    const ferry = demo.server.model.outlets
      .flatMap((outlet) => outlet.stories)
      .find((story) => story.story.event === 'ferry' && story.related.length > 0)!;
    const result = await runCli(['read', ferry.url, '--json'], { home: demo.home });
    expect(result.code).toBe(0);
    const related = (JSON.parse(result.stdout) as { related: Related[] }).related;
    const page = related.filter((entry) => entry.source === 'page');
    const feeds = related.filter((entry) => entry.source === 'feeds');
    expect(page.map((entry) => entry.url)).toEqual(ferry.related.map((story) => story.url));
    expect(related.slice(0, page.length)).toEqual(page);
    expect(feeds.length).toBeGreaterThan(0);
    const scores = feeds.map((entry) => entry.score!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const entry of feeds) expect(entry.feed).toMatch(/^http:\/\/127\.0\.0\.1:/);
    // The same event told by another outlet is among the feed matches; the article itself never is.
    const sameEvent = demo.server.model.outlets
      .flatMap((outlet) => outlet.stories)
      .filter((story) => story.story.event === 'ferry' && story.url !== ferry.url)
      .map((story) => story.url);
    expect(feeds.some((entry) => sameEvent.includes(entry.url))).toBe(true);
    expect(related.map((entry) => entry.url)).not.toContain(ferry.url);
    expect(new Set(related.map((entry) => entry.url)).size).toBe(related.length);
  });

  it('ends the plain output with the Related and In your feeds sections', async () => {
    const story = demo.server.model.outlets[0]!.stories.find((s) => s.related.length > 0)!;
    const result = await runCli(['read', story.url, '--width', '72'], { home: demo.home });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nRelated\n\n• /);
    expect(result.stdout).toContain('In your feeds');
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(72);
  });
});
