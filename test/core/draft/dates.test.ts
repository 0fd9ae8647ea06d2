import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/draft/dates';

const PUB = '2010-05-14'; // a Friday
const one = (text: string) => {
  const found = findDates(text, PUB);
  expect(found).toHaveLength(1);
  const d = found[0] as NonNullable<(typeof found)[0]>;
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return d;
};

describe('findDates', () => {
  it('reads a weekday as that day of the publication week', () => {
    expect(one('The minister resigned Friday.')).toMatchObject({
      start_date: '2010-05-14',
      precision: 'day',
      status: 'happened',
    });
  });

  it('reads "on March 2" as a day and "in April" as a month', () => {
    expect(one('They met on March 2 in town.')).toMatchObject({
      start_date: '2010-03-02',
      end_date: '2010-03-02',
      precision: 'day',
    });
    expect(one('A vote took place in April.')).toMatchObject({
      start_date: '2010-04-01',
      end_date: '2010-04-30',
      precision: 'month',
    });
  });

  it('reads "mid-2011" and "in June or July" as ranges', () => {
    expect(one('A meeting will be held in mid-2011.')).toMatchObject({
      start_date: '2011-04-01',
      end_date: '2011-09-30',
      precision: 'range',
      status: 'planned',
    });
    expect(one('Talks are planned in June or July.')).toMatchObject({
      start_date: '2010-06-01',
      end_date: '2010-07-31',
      precision: 'range',
    });
  });

  it('reads "by next summer" as a season and "next year" as a year', () => {
    expect(one('Troops will leave by next summer.')).toMatchObject({
      start_date: '2011-06-01',
      end_date: '2011-08-31',
      precision: 'season',
      status: 'planned',
    });
    expect(one('Elections come next year.')).toMatchObject({
      start_date: '2011-01-01',
      end_date: '2011-12-31',
      precision: 'year',
    });
  });

  it('gives the status from the words around the date', () => {
    expect(one('He threatened on Tuesday to cut supplies.').status).toBe('threatened');
    expect(one('She proposed on Tuesday a new treaty.').status).toBe('proposed');
    expect(one('The bridge opened last week.')).toMatchObject({ status: 'happened' });
  });

  it('does not take a verb "fall" for a season', () => {
    expect(findDates('Prices fall when supply rises.', PUB)).toEqual([]);
  });
});
