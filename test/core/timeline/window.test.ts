import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../../src/core/dates';
import {
  clampWindow,
  type DayRange,
  panWindow,
  revealWindow,
  snapToBin,
  startPlayback,
  stepPlayback,
  zoomDomain,
} from '../../../src/core/timeline';
import { day } from './fixture';

const bounds: DayRange = { from: 0, to: 99 };

describe('clampWindow and panWindow', () => {
  it('orders and clamps the ends', () => {
    expect(clampWindow({ from: 120, to: -5 }, bounds)).toEqual({ from: 0, to: 99 });
    expect(clampWindow({ from: 30, to: 20 }, bounds)).toEqual({ from: 20, to: 30 });
  });
  it('pans keeping the length and stops at the bounds', () => {
    expect(panWindow({ from: 10, to: 19 }, 5, bounds)).toEqual({ from: 15, to: 24 });
    expect(panWindow({ from: 10, to: 19 }, 500, bounds)).toEqual({ from: 90, to: 99 });
    expect(panWindow({ from: 10, to: 19 }, -500, bounds)).toEqual({ from: 0, to: 9 });
    expect(panWindow({ from: -10, to: 200 }, 3, bounds)).toEqual(bounds);
  });
});

describe('zoomDomain', () => {
  it('keeps the centre day in place', () => {
    expect(zoomDomain({ from: 0, to: 99 }, 0.5, 50, { from: 0, to: 999 })).toEqual({ from: 25, to: 74 });
    expect(zoomDomain({ from: 0, to: 99 }, 0.5, 0, { from: 0, to: 999 })).toEqual({ from: 0, to: 49 });
  });
  it('stays within the bounds and above the minimum span', () => {
    expect(zoomDomain({ from: 0, to: 99 }, 4, 50, bounds)).toEqual(bounds);
    const tight = zoomDomain({ from: 0, to: 99 }, 0.01, 50, bounds);
    expect(tight.to - tight.from + 1).toBe(14);
  });
});

describe('revealWindow', () => {
  it('shifts the domain just enough to show the window', () => {
    const all = { from: 0, to: 999 };
    expect(revealWindow({ from: 0, to: 99 }, { from: 100, to: 109 }, all)).toEqual({ from: 10, to: 109 });
    expect(revealWindow({ from: 200, to: 299 }, { from: 150, to: 160 }, all)).toEqual({ from: 150, to: 249 });
    expect(revealWindow({ from: 0, to: 99 }, { from: 10, to: 20 }, all)).toEqual({ from: 0, to: 99 });
  });
});

describe('stepPlayback', () => {
  it('slides a moving window and stops at the end', () => {
    const steps: DayRange[] = [];
    let w: DayRange | null = { from: 0, to: 29 };
    while (w) {
      steps.push(w);
      w = stepPlayback(w, 'window', 30, bounds, 0);
    }
    expect(steps).toEqual([
      { from: 0, to: 29 },
      { from: 30, to: 59 },
      { from: 60, to: 89 },
      { from: 70, to: 99 },
    ]);
  });

  it('grows a cumulative window from its anchor and stops at the end', () => {
    expect(stepPlayback({ from: 10, to: 19 }, 'cumulative', 40, bounds, 10)).toEqual({ from: 10, to: 59 });
    expect(stepPlayback({ from: 10, to: 89 }, 'cumulative', 40, bounds, 10)).toEqual({ from: 10, to: 99 });
    expect(stepPlayback({ from: 10, to: 99 }, 'cumulative', 40, bounds, 10)).toBeNull();
  });

  it('rewinds to the start when playback begins at the end', () => {
    const years = { from: day('2008-01-01'), to: day('2009-12-31') };
    const first = startPlayback(null, 'cumulative', years, 'month');
    expect([formatIsoDay(first.from), formatIsoDay(first.to)]).toEqual(['2008-01-01', '2008-01-31']);
    expect(startPlayback({ from: years.to - 9, to: years.to }, 'window', years, 'month')).toEqual({
      from: years.from,
      to: years.from + 9,
    });
    const middle = { from: years.from + 20, to: years.from + 40 };
    expect(startPlayback(middle, 'window', years, 'month')).toBe(middle);
  });
});

describe('snapToBin', () => {
  it('snaps to the nearest month boundary on either side', () => {
    expect(formatIsoDay(snapToBin(day('2008-08-10'), 'month', 'start'))).toBe('2008-08-01');
    expect(formatIsoDay(snapToBin(day('2008-08-20'), 'month', 'start'))).toBe('2008-09-01');
    expect(formatIsoDay(snapToBin(day('2008-08-20'), 'month', 'end'))).toBe('2008-08-31');
    expect(formatIsoDay(snapToBin(day('2008-08-10'), 'month', 'end'))).toBe('2008-07-31');
    expect(snapToBin(42, 'day', 'end')).toBe(42);
  });
});
