import { type DemoOutlet, type DemoStory, outlets } from './content/index.js';

/** A story placed on the demo site: its absolute URL, its publication time and its (symmetric) related stories. */
export interface SiteStory {
  readonly outlet: DemoOutlet;
  readonly story: DemoStory;
  readonly path: string;
  readonly url: string;
  readonly imageUrl: string;
  readonly published: Date;
  readonly lang: string;
  /** Filled once every story is placed. */
  readonly related: SiteStory[];
}

export interface SiteOutlet {
  readonly outlet: DemoOutlet;
  readonly homeUrl: string;
  readonly feedPath: string;
  readonly feedUrl: string;
  /** Newest first. */
  readonly stories: readonly SiteStory[];
}

export interface SiteModel {
  readonly origin: string;
  readonly outlets: readonly SiteOutlet[];
}

const FEED_EXTENSION = { atom: 'atom', rss: 'xml', json: 'json' } as const;

/** A lowercase, hyphenated path segment for a section name. */
export function sectionSlug(section: string): string {
  return section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function sectionPath(outlet: DemoOutlet, section: string): string {
  return `/${outlet.id}/${sectionSlug(section)}/`;
}

/**
 * Places every bundled story under `origin`, dated relative to `now` (rounded to the minute), and makes
 * the related links symmetric: if A lists B, B lists A, so a reader who follows one can always come back.
 */
export function buildSiteModel(origin: string, now: Date): SiteModel {
  const minute = Math.floor(now.getTime() / 60_000) * 60_000;
  const placed = outlets.map((outlet) => {
    const feedPath = `/feeds/${outlet.id}.${FEED_EXTENSION[outlet.format]}`;
    const stories = outlet.stories.map((story): SiteStory => {
      const path = `${sectionPath(outlet, story.section)}${story.slug}`;
      return {
        outlet,
        story,
        path,
        url: origin + path,
        imageUrl: `${origin}/img/${outlet.id}/${story.slug}.svg`,
        published: new Date(minute - story.hoursAgo * 3_600_000),
        lang: story.lang ?? outlet.lang,
        related: [],
      };
    });
    const bySlug = new Map(stories.map((s) => [s.story.slug, s]));
    for (const from of stories) {
      for (const slug of from.story.related) {
        const to = bySlug.get(slug);
        if (!to)
          throw new Error(`demo content: ${outlet.id}/${from.story.slug} relates to unknown "${slug}"`);
        if (to !== from && !from.related.includes(to)) from.related.push(to);
        if (to !== from && !to.related.includes(from)) to.related.push(from);
      }
    }
    stories.sort((a, b) => b.published.getTime() - a.published.getTime());
    return { outlet, homeUrl: `${origin}/${outlet.id}/`, feedPath, feedUrl: origin + feedPath, stories };
  });
  return { origin, outlets: placed };
}
