import { describe, expect, it } from 'vitest';
import { formatIsoDay, toDayNumber } from '../../../src/core/dates';
import {
  alignToBins,
  type DayRange,
  firstWindow,
  formatWindow,
  parseDayText,
  stepCalendar,
} from '../../../src/core/timeline';

const d = (iso: string) => {
  const [y, m, dd] = iso.split('-').map(Number);
  return toDayNumber(y ?? 0, m ?? 1, dd ?? 1);
};
const show = (r: DayRange | null) => r && `${formatIsoDay(r.from)}..${formatIsoDay(r.to)}`;
const bounds: DayRange = { from: d('2007-01-01'), to: d('2009-12-31') };

describe('stepCalendar (month steps drifted: 2–31 Dec, 2–31 Jan)', () => {
  it('steps month windows from the 1st to the last day of each month', () => {
    let w: DayRange | null = { from: d('2008-11-01'), to: d('2008-11-30') };
    const seen: (string | null)[] = [];
    for (let k = 0; k < 4; k++) {
      w = w && stepCalendar(w, 'month', 1, 'window', bounds);
      seen.push(show(w));
    }
    expect(seen).toEqual([
      '2008-12-01..2008-12-31',
      '2009-01-01..2009-01-31',
      '2009-02-01..2009-02-28',
      '2009-03-01..2009-03-31',
    ]);
  });
  it('aligns a drifted window to whole months first, so an event on the 1st is inside', () => {
    const drifted = { from: d('2008-12-02'), to: d('2008-12-31') };
    expect(show(alignToBins(drifted, 'month'))).toBe('2008-12-01..2008-12-31');
    expect(show(stepCalendar(drifted, 'month', 1, 'window', bounds))).toBe('2009-01-01..2009-01-31');
  });
  it('steps back by one and keeps the number of bins', () => {
    const two = { from: d('2008-03-01'), to: d('2008-04-30') };
    expect(show(stepCalendar(two, 'month', -1, 'window', bounds))).toBe('2008-02-01..2008-03-31');
    expect(show(stepCalendar(two, 'month', 1, 'window', bounds))).toBe('2008-04-01..2008-05-31');
  });
  it('steps weeks from Monday to Sunday and years from 1 Jan to 31 Dec', () => {
    const week = { from: d('2008-11-12'), to: d('2008-11-12') };
    expect(show(stepCalendar(week, 'week', 1, 'window', bounds))).toBe('2008-11-17..2008-11-23');
    const year = { from: d('2007-06-01'), to: d('2007-06-01') };
    expect(show(stepCalendar(year, 'year', 1, 'window', bounds))).toBe('2008-01-01..2008-12-31');
  });
  it('grows a cumulative window by one month and keeps its start', () => {
    const w = { from: d('2008-01-01'), to: d('2008-01-31') };
    expect(show(stepCalendar(w, 'month', 1, 'cumulative', bounds, w.from))).toBe('2008-01-01..2008-02-29');
  });
  it('returns null past either end of the bounds', () => {
    expect(
      stepCalendar({ from: d('2009-12-01'), to: d('2009-12-31') }, 'month', 1, 'window', bounds),
    ).toBeNull();
    expect(
      stepCalendar({ from: d('2007-01-01'), to: d('2007-01-31') }, 'month', -1, 'window', bounds),
    ).toBeNull();
  });
  it('starts a loop at the first bin of the bounds', () => {
    expect(show(firstWindow(bounds, 'month', 2, 'window'))).toBe('2007-01-01..2007-02-28');
    expect(show(firstWindow(bounds, 'month', 2, 'cumulative'))).toBe('2007-01-01..2007-01-31');
  });
});

describe('parseDayText (a partial year reset the window)', () => {
  it('reads the app format and ISO', () => {
    expect(parseDayText('14 Nov 2008')).toBe(d('2008-11-14'));
    expect(parseDayText('01 nov 2008')).toBe(d('2008-11-01'));
    expect(parseDayText(' 30 November 2008 ')).toBe(d('2008-11-30'));
    expect(parseDayText('2008-11-30')).toBe(d('2008-11-30'));
  });
  it('gives null for partial or unreal dates', () => {
    for (const text of [
      '',
      '0002',
      '14 Nov 200',
      '14 Nov',
      '2008-11',
      '31 Nov 2008',
      '14 Novem 2008',
      '2008-02-30',
    ]) {
      expect(parseDayText(text), text).toBeNull();
    }
  });
});

describe('formatWindow (the playback readout)', () => {
  it('names whole months and years, else gives the range', () => {
    expect(formatWindow(d('2008-11-01'), d('2008-11-30'))).toBe('Nov 2008');
    expect(formatWindow(d('2008-01-01'), d('2008-12-31'))).toBe('2008');
    expect(formatWindow(d('2008-11-02'), d('2008-11-30'))).toBe('2 Nov 2008 – 30 Nov 2008');
  });
});
