import { describe, expect, it } from 'vitest';
import {
  eventInterval,
  formatEventTime,
  formatIsoDay,
  overlaps,
  parseIsoDay,
  parsePartialDate,
  toDayNumber,
} from '../../src/core/dates';

const day = (text: string) => {
  const n = parseIsoDay(text);
  if (n === null) throw new Error(`bad test date ${text}`);
  return n;
};

describe('parsePartialDate', () => {
  it('reads the three forms', () => {
    expect(parsePartialDate('2008')).toEqual({ year: 2008, form: 'year' });
    expect(parsePartialDate('2008-08')).toEqual({ year: 2008, month: 8, form: 'month' });
    expect(parsePartialDate('2008-11-14')).toEqual({ year: 2008, month: 11, day: 14, form: 'day' });
  });
  it('rejects dates that are not on the calendar', () => {
    for (const bad of [
      '2008-02-30',
      '2007-02-29',
      '2008-13',
      '2008-00-10',
      '2008-1-5',
      '08-11-14',
      '',
      '2008-11-14T00:00',
    ]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate('2008-02-29')?.day).toBe(29);
  });
});

describe('day numbers', () => {
  it('round-trips through YYYY-MM-DD', () => {
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    for (const text of ['1999-12-31', '2008-02-29', '2008-11-14', '2040-01-01'])
      expect(formatIsoDay(day(text))).toBe(text);
  });
});

describe('eventInterval widens to the precision', () => {
  it('covers a whole month for month precision, not the first day', () => {
    expect(eventInterval({ start: '2008-08', precision: 'month' })).toEqual({
      start: day('2008-08-01'),
      end: day('2008-08-31'),
    });
  });
  it('covers a whole year, and February of a leap year', () => {
    expect(eventInterval({ start: '2007', precision: 'year' })).toEqual({
      start: day('2007-01-01'),
      end: day('2007-12-31'),
    });
    expect(eventInterval({ start: '2008-02', precision: 'month' })?.end).toBe(day('2008-02-29'));
  });
  it('is one day for day precision and spans start to end', () => {
    expect(eventInterval({ start: '2008-11-14', precision: 'day' })).toEqual({
      start: day('2008-11-14'),
      end: day('2008-11-14'),
    });
    expect(eventInterval({ start: '2008-11-14', end: '2008-11-15', precision: 'day' })).toEqual({
      start: day('2008-11-14'),
      end: day('2008-11-15'),
    });
  });
  it('widens each bound of an approximate time to its own unit', () => {
    expect(eventInterval({ start: '2009-06', end: '2009-07', precision: 'approximate' })).toEqual({
      start: day('2009-06-01'),
      end: day('2009-07-31'),
    });
  });
});

describe('overlaps: an event shows when its widened interval touches the window', () => {
  const august = eventInterval({ start: '2008-08', precision: 'month' });
  it('for every precision', () => {
    if (!august) throw new Error('interval');
    expect(overlaps(august, day('2008-08-31'), day('2008-09-30'))).toBe(true); // window touches the last day
    expect(overlaps(august, day('2008-07-01'), day('2008-08-01'))).toBe(true); // touches the first day
    expect(overlaps(august, day('2008-09-01'), day('2008-09-30'))).toBe(false);
    expect(overlaps(august, day('2008-07-01'), day('2008-07-31'))).toBe(false);
    const year = eventInterval({ start: '2007', precision: 'year' });
    if (!year) throw new Error('interval');
    expect(overlaps(year, day('2007-12-31'), day('2008-01-05'))).toBe(true);
    expect(overlaps(year, day('2008-01-01'), day('2008-12-31'))).toBe(false);
    const oneDay = eventInterval({ start: '2008-11-14', precision: 'day' });
    if (!oneDay) throw new Error('interval');
    expect(overlaps(oneDay, day('2008-11-14'), day('2008-11-14'))).toBe(true);
    expect(overlaps(oneDay, day('2008-11-15'), day('2008-11-20'))).toBe(false);
    const approx = eventInterval({ start: '2009-06', end: '2009-07', precision: 'approximate' });
    if (!approx) throw new Error('interval');
    expect(overlaps(approx, day('2009-07-31'), day('2009-12-31'))).toBe(true);
    expect(overlaps(approx, day('2009-08-01'), day('2009-12-31'))).toBe(false);
  });
});

describe('formatEventTime keeps the precision', () => {
  it('writes each precision as a reader expects', () => {
    expect(formatEventTime({ start: '2008-11-14', precision: 'day' })).toBe('14 Nov 2008');
    expect(formatEventTime({ start: '2008-08', precision: 'month' })).toBe('August 2008');
    expect(formatEventTime({ start: '2007', precision: 'year' })).toBe('2007');
    expect(formatEventTime({ start: '2009-06', end: '2009-07', precision: 'approximate' })).toBe(
      'c. Jun–Jul 2009',
    );
    expect(
      formatEventTime({ start: '2009-06', end: '2009-07', precision: 'approximate', label: 'mid-2009' }),
    ).toBe('mid-2009');
    expect(formatEventTime({ start: '2008-11-14', end: '2008-11-15', precision: 'day' })).toBe(
      '14–15 Nov 2008',
    );
    expect(formatEventTime({ start: '2008-10-30', end: '2008-11-02', precision: 'day' })).toBe(
      '30 Oct – 2 Nov 2008',
    );
  });
});
