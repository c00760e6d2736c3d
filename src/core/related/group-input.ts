import type { Headline } from '../types.js';
import { groupDuplicates } from './duplicates.js';

/** What duplicate grouping needs of each headline, as plain arrays (cheap to send to a worker). */
export interface GroupInput {
  readonly feeds: readonly string[];
  readonly titles: readonly string[];
  readonly urls: readonly (string | null)[];
  /** Sort time of each headline (ms). */
  readonly times: Float64Array;
}

/**
 * Groups near-duplicate headlines (see `groupDuplicates`) given as arrays; returns each group of
 * two or more as headline indexes, primary first.
 */
export function groupIndexes(input: GroupInput): number[][] {
  const n = input.titles.length;
  const headlines: Headline[] = new Array(n);
  const indexOf = new Map<Headline, number>();
  for (let i = 0; i < n; i++) {
    const headline: Headline = {
      id: String(i),
      feed: input.feeds[i]!,
      title: input.titles[i]!,
      ...(input.urls[i] ? { url: input.urls[i]! } : {}),
      firstSeen: new Date(input.times[i]! || 0).toISOString(),
    };
    headlines[i] = headline;
    indexOf.set(headline, i);
  }
  const out: number[][] = [];
  for (const group of groupDuplicates(headlines)) {
    if (group.others.length === 0) continue;
    out.push([group.primary, ...group.others].map((h) => indexOf.get(h)!));
  }
  return out;
}
