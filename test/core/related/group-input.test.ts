import { describe, expect, it } from 'vitest';
import { groupInBackground } from '../../../src/core/related/group-async.js';
import { groupIndexes } from '../../../src/core/related/group-input.js';

const hour = 3_600_000;
const now = Date.parse('2026-03-02T12:00:00Z');
const input = {
  feeds: ['http://a/feed', 'http://b/feed', 'http://c/feed', 'http://b/feed'],
  titles: [
    'Regional spice exports rebound as shipping costs fall',
    'Regional spice exports rebound as shipping costs fall',
    'Kite festival draws a record crowd',
    'Storm closes the harbour for two days',
  ],
  urls: ['http://a/1', 'http://b/1', 'http://c/1', 'http://b/2'],
  times: new Float64Array([now, now - hour, now - 2 * hour, now - 3 * hour]),
};

describe('duplicate grouping by index', () => {
  it('returns groups of two or more as indexes, primary first', () => {
    expect(groupIndexes(input)).toEqual([[0, 1]]);
  });

  it('gives the same groups when run in the background', async () => {
    expect(await groupInBackground(input)).toEqual([[0, 1]]);
  });
});
