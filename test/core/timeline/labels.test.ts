import { describe, expect, it } from 'vitest';
import { axisTicks, findFutureMarkers, formatBin, lastOccurredDay } from '../../../src/core/timeline';
import { binEdges } from '../../../src/core/timeline/bins';
import { allPositions, day, timelineModel } from './fixture';

describe('labels', () => {
  it('names a bin by its unit', () => {
    expect(formatBin(day('2008-11-10'), 'week')).toBe('Week of 10 Nov 2008');
    expect(formatBin(day('2008-11-01'), 'month')).toBe('Nov 2008');
    expect(formatBin(day('2008-01-01'), 'year')).toBe('2008');
    expect(formatBin(day('2008-11-14'), 'day')).toBe('14 Nov 2008');
  });

  it('puts at most maxTicks ticks on calendar boundaries', () => {
    const ticks = axisTicks(day('2008-01-01'), day('2010-01-01'), 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2008', 'Jul', 'Jan 2009', 'Jul']);
    expect(axisTicks(day('1990-01-01'), day('2030-01-01'), 10).map((t) => t.label)).toEqual([
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
      '2025',
    ]);
  });
});

describe('future markers', () => {
  it('marks planned events and events after the last one that occurred', () => {
    const model = timelineModel([
      { start: '2008-01-10' },
      { start: '2008-01-20', status: 'planned', title: 'Planned summit' },
      { start: '2008-03-05', status: 'threatened', title: 'Later threat' },
    ]);
    const last = lastOccurredDay(model.index);
    expect(last).toBe(day('2008-01-10'));
    const edges = binEdges(day('2008-01-01'), day('2008-03-31'), 'month');
    expect(findFutureMarkers(model.index, allPositions(model), edges)).toEqual([
      { bin: 0, count: 1, titles: ['Planned summit'] },
      { bin: 2, count: 1, titles: ['Later threat'] },
    ]);
  });
});
