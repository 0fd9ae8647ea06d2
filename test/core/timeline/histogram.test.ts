import { describe, expect, it } from 'vitest';
import { buildHistogram } from '../../../src/core/timeline';
import { allPositions, day, timelineModel } from './fixture';

const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);

describe('buildHistogram', () => {
  it('spreads a month-precision event over the days of its month', () => {
    const model = timelineModel([{ start: '2008-08', precision: 'month' }]);
    const h = buildHistogram(model.index, allPositions(model), day('2008-07-20'), day('2008-09-10'), 'day');
    const aug1 = day('2008-08-01') - (h.edges[0] ?? 0);
    expect(h.totals[aug1]).toBeCloseTo(1 / 31, 12);
    expect(h.totals[aug1 + 30]).toBeCloseTo(1 / 31, 12);
    expect(h.totals[aug1 - 1]).toBe(0);
    expect(h.totals[aug1 + 31]).toBe(0);
    expect(sum(h.totals)).toBeCloseTo(1, 12);
    expect(sum(h.imprecise)).toBeCloseTo(1, 12);
  });

  it('adds 1 to one bin for a day event, and nothing to the imprecise share', () => {
    const model = timelineModel([{ start: '2008-11-14' }]);
    const h = buildHistogram(model.index, allPositions(model), day('2008-11-01'), day('2008-11-30'), 'day');
    expect(h.totals[13]).toBe(1);
    expect(sum(h.totals)).toBe(1);
    expect(sum(h.imprecise)).toBe(0);
  });

  it('splits a multi-day event in proportion to the days in each bin', () => {
    // Friday 14 to Monday 17 November 2008: 3 days in one week, 1 in the next.
    const model = timelineModel([{ start: '2008-11-14', end: '2008-11-17' }]);
    const h = buildHistogram(model.index, allPositions(model), day('2008-11-10'), day('2008-11-23'), 'week');
    expect(Array.from(h.totals)).toEqual([0.75, 0.25]);
  });

  it('keeps only the part inside the domain', () => {
    const model = timelineModel([{ start: '2008', precision: 'year' }]);
    const h = buildHistogram(model.index, allPositions(model), day('2008-01-01'), day('2008-01-31'), 'day');
    expect(sum(h.totals)).toBeCloseTo(31 / 366, 12);
  });

  it('stacks by the first topic and totals the number of events over the whole range', () => {
    const model = timelineModel([
      { start: '2008-08', precision: 'month', topics: ['conflict', 'diplomacy'] },
      { start: '2008-08-08', end: '2008-08-12', topics: ['conflict'] },
      { start: '2008', precision: 'year' },
      { start: '2008-06', end: '2008-09', precision: 'approximate' },
      { start: '2009-01-02' },
    ]);
    const { index } = model;
    const h = buildHistogram(index, allPositions(model), index.minDay, index.maxDay, 'month');
    expect(sum(h.totals)).toBeCloseTo(5, 9);
    expect(sum(h.imprecise)).toBeCloseTo(3, 9);
    const conflict = index.topicIds.indexOf('conflict');
    let conflictTotal = 0;
    for (let k = 0; k < h.totals.length; k++) conflictTotal += h.counts[k * h.topics + conflict] ?? 0;
    expect(conflictTotal).toBeCloseTo(2, 9);
    const august = 7; // bins start in January 2008
    expect(h.totals[august]).toBeCloseTo(1 + 1 + 31 / 366 + 31 / 122, 9);
  });

  it('counts only the given positions', () => {
    const model = timelineModel([{ start: '2008-01-01' }, { start: '2008-01-02' }]);
    const h = buildHistogram(model.index, Int32Array.of(1), day('2008-01-01'), day('2008-01-02'), 'day');
    expect(Array.from(h.totals)).toEqual([0, 1]);
  });
});
