// dateOrder must equal a comparison sort by (start day, span, input order), on both of its paths:
// counting sort for ordinary day ranges, comparison sort for ranges too wide to count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrder } from '../../../src/core/index/date-order';

function reference(start: readonly number[], end: readonly number[]): number[] {
  return start
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (start[a] ?? 0) - (start[b] ?? 0) ||
        (end[a] ?? 0) - (start[a] ?? 0) - ((end[b] ?? 0) - (start[b] ?? 0)) ||
        a - b,
    );
}

const interval = (days: fc.Arbitrary<number>) =>
  fc.record({ start: days, span: fc.integer({ min: -3, max: 400 }) });

describe('dateOrder', () => {
  it('sorts by start, then span, then input order (negative spans included)', () => {
    fc.assert(
      fc.property(fc.array(interval(fc.integer({ min: -20, max: 40 })), { maxLength: 200 }), (list) => {
        const start = list.map((x) => x.start);
        const end = list.map((x) => x.start + x.span);
        expect(dateOrder(start, end)).toEqual(reference(start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to a comparison sort when the days span millennia', () => {
    const start = [3_000_000, -700_000, 5, 5, -700_000];
    const end = [3_000_000, -699_000, 9, 5, -700_000];
    expect(dateOrder(start, end)).toEqual([4, 1, 3, 2, 0]);
    expect(dateOrder([], [])).toEqual([]);
  });
});
