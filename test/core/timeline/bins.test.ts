import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../../src/core/dates';
import {
  binEdges,
  binIndex,
  binStart,
  chooseBinUnit,
  daysToNextEdge,
  nextBinStart,
  shiftByBins,
} from '../../../src/core/timeline';
import { day } from './fixture';

const iso = (edges: Int32Array) => Array.from(edges, formatIsoDay);

describe('chooseBinUnit', () => {
  it('gives roughly 20–120 bins for the span', () => {
    expect(chooseBinUnit(30)).toBe('day');
    expect(chooseBinUnit(120)).toBe('day');
    expect(chooseBinUnit(365)).toBe('week');
    expect(chooseBinUnit(3 * 365)).toBe('month');
    expect(chooseBinUnit(25 * 365)).toBe('year');
    for (const span of [20, 60, 200, 700, 1500, 3000, 5000, 20000]) {
      const unit = chooseBinUnit(span);
      const bins = binEdges(0, span - 1, unit).length - 1;
      expect(bins, `${span} days by ${unit}`).toBeLessThanOrEqual(122);
      expect(bins, `${span} days by ${unit}`).toBeGreaterThanOrEqual(span >= 20 ? 10 : 1);
    }
  });
});

describe('binEdges', () => {
  it('starts weeks on Monday', () => {
    // 2008-11-14 was a Friday; its week began Monday 10 November.
    expect(formatIsoDay(binStart(day('2008-11-14'), 'week'))).toBe('2008-11-10');
    expect(formatIsoDay(binStart(day('2008-11-10'), 'week'))).toBe('2008-11-10');
    expect(formatIsoDay(binStart(day('2008-11-16'), 'week'))).toBe('2008-11-10');
    expect(formatIsoDay(binStart(day('1970-01-01'), 'week'))).toBe('1969-12-29');
    expect(iso(binEdges(day('2008-11-14'), day('2008-11-24'), 'week'))).toEqual([
      '2008-11-10',
      '2008-11-17',
      '2008-11-24',
      '2008-12-01',
    ]);
  });

  it('puts months on their first days, through month ends and leap years', () => {
    expect(iso(binEdges(day('2008-01-31'), day('2008-03-01'), 'month'))).toEqual([
      '2008-01-01',
      '2008-02-01',
      '2008-03-01',
      '2008-04-01',
    ]);
    expect(nextBinStart(day('2008-02-01'), 'month') - day('2008-02-01')).toBe(29);
    expect(nextBinStart(day('2009-02-01'), 'month') - day('2009-02-01')).toBe(28);
    expect(formatIsoDay(nextBinStart(day('2008-12-31'), 'month'))).toBe('2009-01-01');
  });

  it('puts years on 1 January, with 366 days in a leap year', () => {
    expect(iso(binEdges(day('2007-06-01'), day('2008-12-31'), 'year'))).toEqual([
      '2007-01-01',
      '2008-01-01',
      '2009-01-01',
    ]);
    expect(daysToNextEdge(day('2008-01-01'), 'year')).toBe(366);
    expect(daysToNextEdge(day('2000-01-01'), 'year')).toBe(366);
    expect(daysToNextEdge(day('1900-01-01'), 'year')).toBe(365);
  });

  it('ends after the last day, so every day of the range has a bin', () => {
    const edges = binEdges(day('2008-08-01'), day('2008-08-31'), 'day');
    expect(edges.length).toBe(32);
    expect(binIndex(edges, day('2008-08-31'))).toBe(30);
    expect(binIndex(edges, day('2008-09-01'))).toBe(-1);
    expect(binIndex(edges, day('2008-07-31'))).toBe(-1);
    expect(binIndex(edges, day('2008-08-01'))).toBe(0);
  });
});

describe('binIndex', () => {
  it('finds the bin that holds a day', () => {
    const edges = binEdges(day('2008-01-01'), day('2008-12-31'), 'month');
    expect(binIndex(edges, day('2008-02-29'))).toBe(1);
    expect(binIndex(edges, day('2008-03-01'))).toBe(2);
    expect(binIndex(edges, day('2008-12-31'))).toBe(11);
  });
});

describe('shiftByBins', () => {
  it('moves by whole calendar bins, snapping an off-boundary edge first', () => {
    expect(formatIsoDay(shiftByBins(day('2008-01-01'), 'month', 2))).toBe('2008-03-01');
    expect(formatIsoDay(shiftByBins(day('2008-03-01'), 'month', -1))).toBe('2008-02-01');
    expect(formatIsoDay(shiftByBins(day('2008-03-15'), 'month', -1))).toBe('2008-03-01');
    expect(formatIsoDay(shiftByBins(day('2008-03-15'), 'month', 1))).toBe('2008-04-01');
    expect(shiftByBins(100, 'day', -10)).toBe(90);
  });
});

describe('chooseBinUnit on a narrow chart (phone bars were ~5 px wide)', () => {
  it('takes a coarser unit when the chart allows fewer bins', () => {
    expect(chooseBinUnit(540)).toBe('week');
    expect(chooseBinUnit(540, 36)).toBe('month');
    expect(chooseBinUnit(540, 1000)).toBe('week');
  });
});
