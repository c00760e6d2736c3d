import assert from 'node:assert';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JS build shim without types
import shim from '../../scripts/shims/json-deep-equal.js';

const nullProto = (value: object) => Object.assign(Object.create(null), value);
const outcome = (compare: (a: unknown, b: unknown) => void, a: unknown, b: unknown) => {
  try {
    compare(a, b);
    return 'equal';
  } catch (error) {
    return (error as Error).name;
  }
};

describe('the node:assert conf gets (deepEqual of JSON data)', () => {
  it('answers as assert.deepEqual does, for JSON data and for other values', () => {
    const feeds = { 'http://a/feed': { etag: '"x"', status: 'ok', checkedAt: 1 }, b: { error: null } };
    const pairs: [unknown, unknown][] = [
      [feeds, nullProto(feeds)],
      [feeds, nullProto({ ...feeds, extra: true })],
      [{ a: [1, 2, { b: 'c' }] }, { a: [1, 2, { b: 'c' }] }],
      [{ a: [1, 2] }, { a: [1, 2, 3] }],
      [{ a: [1, 2] }, { a: { 0: 1, 1: 2 } }],
      [{ a: 1 }, { a: '1' }],
      [{ a: 1 }, { b: 1 }],
      [{ a: null }, { a: undefined }],
      [{ a: {} }, { a: null }],
      [{}, nullProto({})],
      [{ when: new Date(0) }, { when: new Date(0) }],
      [{ when: new Date(0) }, { when: new Date(1) }],
      [{ m: new Map([[1, 2]]) }, { m: new Map([[1, 3]]) }],
      [[], {}],
    ];
    for (const [a, b] of pairs) {
      expect(outcome(shim.deepEqual, a, b), JSON.stringify([a, b])).toBe(outcome(assert.deepEqual, a, b));
    }
  });
});
