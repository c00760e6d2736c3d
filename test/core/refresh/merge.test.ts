import { describe, expect, it } from 'vitest';
import { mergeItems } from '../../../src/core/refresh/merge.js';
import type { ParsedItem } from '../../../src/core/types.js';

const FEED = 'http://a.test/feed';
const item = (key: string, extra: Partial<ParsedItem> = {}): ParsedItem => ({
  key,
  title: `Title ${key}`,
  url: `http://a.test/${key}`,
  enclosures: [],
  ...extra,
});

describe('mergeItems', () => {
  const t0 = new Date('2026-03-01T10:00:00Z');
  const t1 = new Date('2026-03-01T11:00:00Z');

  it('counts only items not seen before as new and keeps their first-seen time', () => {
    const first = mergeItems(FEED, [], [item('a'), item('b')], { now: t0 });
    expect(first.newIds).toHaveLength(2);
    const second = mergeItems(FEED, first.articles, [item('c'), item('a'), item('b')], { now: t1 });
    expect(second.newIds).toHaveLength(1);
    const a = second.articles.find((x) => x.title === 'Title a')!;
    expect(a.firstSeen).toBe(t0.toISOString());
  });

  it('reports no change for the same document, so nothing is rewritten', () => {
    const first = mergeItems(FEED, [], [item('a'), item('b')], { now: t0 });
    expect(mergeItems(FEED, first.articles, [item('a'), item('b')], { now: t1 }).changed).toBe(false);
    expect(
      mergeItems(FEED, first.articles, [item('a', { title: 'Edited' }), item('b')], { now: t1 }).changed,
    ).toBe(true);
  });

  it('keeps items that left the feed while they are recent, drops old ones', () => {
    const first = mergeItems(FEED, [], [item('old', { published: '2025-01-01T00:00:00Z' }), item('recent')], {
      now: t0,
    });
    const second = mergeItems(FEED, first.articles, [item('new')], { now: t1, keepDays: 30 });
    expect(second.articles.map((x) => x.title).sort()).toEqual(['Title new', 'Title recent']);
  });

  it('gives stable ids: the same item in the same feed always has the same id', () => {
    const a = mergeItems(FEED, [], [item('x')], { now: t0 }).articles[0]!.id;
    const b = mergeItems(FEED, [], [item('x')], { now: t1 }).articles[0]!.id;
    const other = mergeItems('http://b.test/feed', [], [item('x')], { now: t0 }).articles[0]!.id;
    expect(a).toBe(b);
    expect(a).not.toBe(other);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
  });

  it('keeps one item when a feed repeats a guid', () => {
    expect(mergeItems(FEED, [], [item('x'), item('x', { title: 'dup' })], { now: t0 }).articles).toHaveLength(
      1,
    );
  });

  it('sorts items without a date by when they were first seen, never as 1970', () => {
    const merged = mergeItems(
      FEED,
      [],
      [item('dated', { published: '2026-02-01T00:00:00Z' }), item('undated')],
      { now: t0 },
    );
    expect(merged.articles[0]!.title).toBe('Title undated');
  });
});
