// ACLED, UCDP GED and GDELT files (fixtures written by us in each codebook's shape) through the
// importer: their precision codes, lists and places, and every skipped row named.
import { describe, expect, it } from 'vitest';
import { sniffInput } from '../../../src/core/import';
import { GDELT_COLUMNS } from '../../../src/core/import/presets/gdelt-columns';
import { eventById, fixture, loaded, problemsOf, run } from './helpers';

type Place = { id: string; kind: string; lat: number; lon: number };
const placeOf = (r: ReturnType<typeof run>, id: string) =>
  loaded(r).corpus.places?.find((p) => (p as Place).id === id) as Place | undefined;

describe('ACLED', () => {
  const r = run(fixture('acled.csv'), 'acled.csv');

  it("gives the same corpus unfrozen when asked (the corpus worker's own copy), frozen otherwise", () => {
    const open = loaded(run(fixture('acled.csv'), 'acled.csv', { freeze: false }));
    const frozen = loaded(r);
    expect(open.value).toEqual(frozen.value);
    expect(open.corpus).toEqual(frozen.corpus);
    expect(Object.isFrozen(frozen.value.events[0])).toBe(true);
    expect(Object.isFrozen(open.value.events[0])).toBe(false);
    expect(Object.isFrozen(open.value.sources[0])).toBe(false);
  });

  it('is recognised from its header', () => {
    expect(sniffInput('acled.csv', fixture('acled.csv'))).toMatchObject({
      format: 'csv',
      preset: 'acled',
      hasHeader: true,
    });
    expect(loaded(r).report).toMatchObject({ rowsRead: 4, eventsLoaded: 2, rowsSkipped: 2 });
  });

  it('maps time_precision 1 to a day and 3 (and "15 January 2024") to the month', () => {
    expect(eventById(r, 'SUD1001').time).toEqual({ start: '2024-01-31', precision: 'day' });
    expect(eventById(r, 'SUD1002').time).toEqual({ start: '2024-01', precision: 'month' });
  });

  it('splits source on ";" into one source per outlet, and lists every actor', () => {
    const e = eventById(r, 'SUD1001');
    expect(e.sources).toHaveLength(2);
    // ACLED names outlets, not articles: no headline, date or dateline is made up for them.
    const sources = e.sources.map((id) =>
      loaded(r).corpus.sources.find((s) => (s as { id: string }).id === id),
    );
    expect(sources).toEqual([
      { id: 'SUD1001:s1', outlet: 'Radio Dabanga', language: 'und' },
      { id: 'SUD1001:s2', outlet: 'Sudan Tribune', language: 'und' },
    ]);
    expect(eventById(r, 'SUD1002').actors).toHaveLength(3);
  });

  it('draws geo_precision 1 as a city point and 3 as a region point, event_type first among topics', () => {
    const e = eventById(r, 'SUD1001');
    expect(placeOf(r, e.places[0]?.place ?? '')).toMatchObject({ kind: 'city', lat: 15.5881, lon: 32.5342 });
    expect(placeOf(r, eventById(r, 'SUD1002').places[0]?.place ?? '')?.kind).toBe('region');
    expect(e.topics).toEqual(['battles', 'armed-clash']);
    expect(e.properties).toMatchObject({ fatalities: 4, geo_precision: 1 });
  });

  it('keeps HTML in cells as plain text', () => {
    expect(eventById(r, 'SUD1002').summary).toContain('<script>alert(1)</script>');
  });

  it('skips a latitude of 95.3 and 30 February with row, column and reason, and loads the rest', () => {
    expect(loaded(r).report.skipped).toEqual([
      { row: 4, column: 'latitude', reason: 'latitude 95.3 is out of range' },
      { row: 5, column: 'event_date', reason: '"2024-02-30" is not a date' },
    ]);
    expect(problemsOf(loaded(r).corpus)).toEqual([]);
  });

  it('reads time_precision 2 as the week around the day given', () => {
    const text = fixture('acled.csv')
      .replace('SUD1003,2024-02-03,2024,2', 'SUD1003,2024-02-03,2024,2')
      .replace(',95.3,', ',13.6,');
    expect(eventById(run(text, 'a.csv'), 'SUD1003').time).toEqual({
      start: '2024-01-31',
      end: '2024-02-06',
      precision: 'approximate',
      label: 'week of 3 Feb 2024',
    });
  });
});

describe('UCDP GED', () => {
  const r = run(fixture('ucdp.csv'), 'ged.csv');

  it('is recognised and reads date_prec 4 over a whole month as that month', () => {
    expect(loaded(r).report.preset).toBe('ucdp');
    expect(eventById(r, '501').time).toEqual({ start: '2020-03', precision: 'month' });
    expect(eventById(r, '501').topics).toEqual(['state-based-conflict']);
  });

  it('draws where_prec 6 (country only) as the country area from the gazetteer, not a point', () => {
    expect(eventById(r, '502').places).toEqual([{ place: 'sudan', role: 'venue' }]);
  });

  it('makes one source per office with its headline and date, and side_a/side_b actors', () => {
    const e = eventById(r, '501');
    const sources = e.sources.map((id) =>
      loaded(r).corpus.sources.find((s) => (s as { id: string }).id === id),
    );
    expect(sources).toMatchObject([
      { outlet: 'Reuters', headline: 'Clashes in Darfur', published: '2020-03-02' },
      { outlet: 'AFP', headline: 'Fighting resumes', published: '2020-03-03' },
    ]);
    expect(e.actors).toHaveLength(2);
    expect(e.properties).toMatchObject({ best: 5 });
  });

  it('skips an end before the start, and a row with no location', () => {
    expect(loaded(r).report.skipped).toEqual([
      { row: 4, column: 'end', reason: 'end 2020-06-05 is before start 2020-06-10' },
      {
        row: 5,
        // The column holding the name that was not found, not the empty latitude.
        column: 'where_description',
        reason: 'place "Nowhere" has no coordinates and is not in the gazetteer',
      },
    ]);
  });
});

/** One GDELT row from named values, every other column empty. */
function gdeltRow(layout: readonly string[], values: Record<string, string>): string {
  return layout.map((c) => values[c] ?? '').join('\t');
}

describe('GDELT', () => {
  for (const [version, layout] of Object.entries(GDELT_COLUMNS)) {
    it(`reads a ${version} file (${layout.length} columns, no header): country rows as areas, city rows as points`, () => {
      const text = [
        gdeltRow(layout, {
          GLOBALEVENTID: '9001',
          SQLDATE: '20240131',
          Actor1Name: 'RUSSIA',
          Actor2Name: 'UKRAINE',
          EventRootCode: '19',
          ActionGeo_Type: '1',
          ActionGeo_FullName: 'Ukraine',
          ActionGeo_Lat: '49',
          ActionGeo_Long: '32',
          GoldsteinScale: '-10',
          NumArticles: '12',
          SOURCEURL: 'https://news.example.org/a',
        }),
        gdeltRow(layout, {
          GLOBALEVENTID: '9002',
          SQLDATE: '20240201',
          EventRootCode: '04',
          ActionGeo_Type: '4',
          ActionGeo_FullName: 'Kyiv, Kyyiv, Misto, Ukraine',
          ActionGeo_Lat: '50.45',
          ActionGeo_Long: '30.52',
        }),
        gdeltRow(layout, { GLOBALEVENTID: '9003', SQLDATE: '2024013', ActionGeo_Type: '4' }),
        gdeltRow(layout, { GLOBALEVENTID: '9004', SQLDATE: '20240131', ActionGeo_Type: '0' }),
      ].join('\n');
      expect(sniffInput('events.CSV', text)).toMatchObject({
        format: 'gdelt',
        preset: 'gdelt',
        hasHeader: false,
      });
      const r = run(text, 'events.CSV');
      const war = eventById(r, '9001');
      expect(war.places).toEqual([{ place: 'ukraine', role: 'venue' }]);
      expect(war.topics).toEqual(['fight']);
      expect(war.time).toEqual({ start: '2024-01-31', precision: 'day' });
      expect(war.properties).toMatchObject({ GoldsteinScale: -10, NumArticles: 12 });
      // The article's address, and its host as the outlet: no headline or date is made up for it.
      expect(loaded(r).corpus.sources.find((s) => (s as { id: string }).id === war.sources[0])).toEqual({
        id: '9001:s1',
        outlet: 'news.example.org',
        language: 'und',
        url: 'https://news.example.org/a',
      });
      expect(loaded(r).corpus.topics).toContainEqual(
        expect.objectContaining({ id: 'fight', label: 'Fight' }),
      );
      expect(placeOf(r, eventById(r, '9002').places[0]?.place ?? '')).toMatchObject({
        kind: 'city',
        lat: 50.45,
      });
      expect(loaded(r).report.skipped.map((s) => [s.row, s.column])).toEqual([
        [3, 'SQLDATE'],
        [4, 'ActionGeo_Type'],
      ]);
    });
  }
});
