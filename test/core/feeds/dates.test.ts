import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/feeds/dates.js';

describe('parseDate', () => {
  it.each([
    ['Tue, 02 Jan 2024 10:00:00 +0000', '2024-01-02T10:00:00.000Z'],
    ['02 Jan 2024 10:00:00 GMT', '2024-01-02T10:00:00.000Z'],
    ['Tue, 2 Jan 2024 10:00:00 PST', '2024-01-02T18:00:00.000Z'],
    ['Tue, 02 Jan 2024 10:00 CEST', '2024-01-02T08:00:00.000Z'],
    ['Tue, 02 Jan 24 10:00:00 +01:00', '2024-01-02T09:00:00.000Z'],
    ['Tue, 02 Jan 2024 10:00:00 XYZ', '2024-01-02T10:00:00.000Z'],
    ['Tuesday, 02-Jan-2024 10:00:00', '2024-01-02T10:00:00.000Z'],
    ['2024-01-02T10:00:00Z', '2024-01-02T10:00:00.000Z'],
    ['2024-01-02T10:00:00.123+05:30', '2024-01-02T04:30:00.000Z'],
    ['2024-01-02T10:00:00', '2024-01-02T10:00:00.000Z'],
    ['2024-01-02 10:00:00', '2024-01-02T10:00:00.000Z'],
    ['2024-01-02', '2024-01-02T00:00:00.000Z'],
    ['  Tue, 02 Jan 2024 10:00:00 +0000 \n', '2024-01-02T10:00:00.000Z'],
    ['1704189600', '2024-01-02T10:00:00.000Z'],
  ])('reads %j', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it('reads unix seconds from JSON', () => {
    expect(parseDate(1704189600)).toBe('2024-01-02T10:00:00.000Z');
  });

  it.each([
    ['not a date'],
    [''],
    ['0'],
    ['1970-01-01T00:00:00Z'],
    [0],
    [undefined],
    [null],
    ['Tue, 45 Foo 2024'],
  ])('leaves %j undefined instead of inventing 1970', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });
});
