import { describe, expect, it } from 'vitest';
import { quoteWords, reviewTime, segmentText } from '../../../src/core/review';

describe('reviewTime', () => {
  it('gives each drafted precision the corpus form', () => {
    expect(reviewTime({ start: '2010-05-11', end: '2010-05-11', precision: 'day' }, null)).toEqual({
      start: '2010-05-11',
      end: '',
      precision: 'day',
    });
    expect(reviewTime({ start: '2008-08-01', end: '2008-08-31', precision: 'month' }, null)).toEqual({
      start: '2008-08',
      end: '',
      precision: 'month',
    });
    expect(reviewTime({ start: '2009-01-01', end: '2009-12-31', precision: 'year' }, null)).toEqual({
      start: '2009',
      end: '',
      precision: 'year',
    });
    // "in June or July": whole months, approximate.
    expect(reviewTime({ start: '2009-06-01', end: '2009-07-31', precision: 'range' }, null)).toEqual({
      start: '2009-06',
      end: '2009-07',
      precision: 'approximate',
    });
    expect(reviewTime({ start: '2009-06-03', end: '2009-06-10', precision: 'range' }, null)).toEqual({
      start: '2009-06-03',
      end: '2009-06-10',
      precision: 'approximate',
    });
  });

  it('an undated draft starts on the publication day', () => {
    expect(reviewTime(null, '2010-05-12')).toEqual({ start: '2010-05-12', end: '', precision: 'day' });
  });
});

describe('quoteWords', () => {
  it('drops the quotation marks and the comma before "he said"', () => {
    expect(quoteWords('“We have agreed on a timetable,”')).toBe('We have agreed on a timetable');
    expect(quoteWords('"No."')).toBe('No.');
  });
});

describe('segmentText', () => {
  const text = '“Nice is calm,” said Ann in Paris on Friday.';
  it('nests highlights inside a quote, and the runs give back the text', () => {
    const segments = segmentText(text, [
      { kind: 'quote', start: 0, end: 15, index: 0 },
      { kind: 'place', start: 1, end: 5, index: 0 },
      { kind: 'place', start: 28, end: 33, index: 1 },
      { kind: 'date', start: 37, end: 43, index: 0 },
    ]);
    const flat = (s: readonly (typeof segments)[number][]): string =>
      s.map((x) => (x.type === 'text' ? x.text : flat(x.children))).join('');
    expect(flat(segments)).toBe(text);
    const quote = segments[0];
    expect(quote?.type === 'mark' && quote.mark.kind).toBe('quote');
    expect(quote?.type === 'mark' && quote.children.map((c) => c.type)).toEqual(['text', 'mark', 'text']);
    expect(segments.filter((s) => s.type === 'mark').length).toBe(3);
  });

  it('drops a highlight that overlaps another outside a quote, and ones out of range', () => {
    const segments = segmentText(text, [
      { kind: 'actor', start: 21, end: 33, index: 0 },
      { kind: 'place', start: 28, end: 33, index: 1 },
      { kind: 'date', start: 40, end: 99, index: 0 },
    ]);
    const marks = segments.filter((s) => s.type === 'mark');
    expect(marks.map((m) => m.type === 'mark' && m.mark.kind)).toEqual(['actor']);
  });
});
