// CSV/TSV detection and mapping, GeoJSON, Dateline corpora, and every file that cannot be read.
import { describe, expect, it } from 'vitest';
import { previewTable, reportToCsv, sniffInput } from '../../../src/core/import';
import { eventById, loaded, problemsOf, run } from './helpers';

const CSV =
  '\uFEFFwhen,lat,lon,title,category,notes\r\n2024-01-02,48.85,2.35,"Paris ""summit""",Diplomacy,"two\r\nlines"\r\n2024-01-03,95.3,2.35,Bad,Diplomacy,x\r\n\r\n2024-01-04,,,Moscow,Diplomacy,y\r\n';

describe('CSV and TSV', () => {
  it('detects the delimiter and the header, through a BOM and CRLF', () => {
    expect(sniffInput('a.csv', CSV)).toMatchObject({
      format: 'csv',
      delimiter: ',',
      hasHeader: true,
      preset: 'custom',
    });
    expect(sniffInput('a.tsv', 'date\tlat\tlon\n2024-01-01\t1\t2\n')).toMatchObject({
      format: 'tsv',
      delimiter: '\t',
    });
    expect(sniffInput('a.csv', 'date;lat;lon\n2024-01-01;1;2\n')).toMatchObject({ delimiter: ';' });
    expect(sniffInput('a.csv', '2024-01-01,1,2\n2024-01-02,3,4\n').hasHeader).toBe(false);
  });

  it('previews the first rows with a mapping guessed from the header names', () => {
    const p = previewTable(CSV, sniffInput('a.csv', CSV));
    expect(p.headers).toEqual(['when', 'lat', 'lon', 'title', 'category', 'notes']);
    expect(p.rows[0]?.[5]).toBe('two\r\nlines');
    expect(p.suggested).toMatchObject({
      lat: 'lat',
      lon: 'lon',
      title: 'title',
      topic: ['category'],
      description: 'notes',
    });
  });

  it('imports with a mapping: quoted newlines kept, row numbers as a spreadsheet counts them', () => {
    const r = run(CSV, 'a.csv', {
      mapping: {
        date: 'when',
        lat: 'lat',
        lon: 'lon',
        place: 'title',
        title: 'title',
        topic: ['category'],
        description: 'notes',
      },
    });
    const report = loaded(r).report;
    expect(report).toMatchObject({ rowsRead: 3, eventsLoaded: 2, rowsSkipped: 1 });
    expect(report.skipped).toEqual([{ row: 3, column: 'lat', reason: 'latitude 95.3 is out of range' }]);
    expect(eventById(r, 'row-2')).toMatchObject({ title: 'Paris "summit"', summary: 'two\r\nlines' });
    // No coordinates: the place name is looked up in the gazetteer.
    expect(eventById(r, 'row-5').places).toEqual([{ place: 'moscow', role: 'venue' }]);
    expect(problemsOf(loaded(r).corpus)).toEqual([]);
  });

  it('refuses a file with no usable date or location column, naming the file', () => {
    const noDate = run('a,b\n1,2\n', 'nodate.csv');
    expect(noDate.ok ? '' : noDate.error).toBe(
      'nodate.csv: no usable date column: map a column to the date (or the start)',
    );
    const noPlace = run('date,b\n2024-01-01,2\n', 'noplace.csv');
    expect(noPlace.ok ? '' : noPlace.error).toMatch(/^noplace\.csv: no usable location column/);
  });

  it('skips a repeated id, naming the row', () => {
    const r = run('id,date,country\nx1,2024-01-01,France\nx1,2024-01-02,France\n', 'd.csv', {
      mapping: { date: 'date', country: 'country' },
    });
    // The mapping has no id column, so ids are row numbers; with an id column, the repeat is skipped:
    expect(loaded(r).report.eventsLoaded).toBe(2);
    const acled =
      'event_id_cnty,event_date,event_type,actor1,latitude,longitude\nA1,2024-01-01,Battles,X,1,2\nA1,2024-01-02,Battles,X,1,2\n';
    expect(loaded(run(acled, 'dup.csv')).report.skipped).toEqual([
      { row: 3, column: 'id', reason: 'id "A1" is used by an earlier row' },
    ]);
  });
});

describe('rows papaparse cannot parse', () => {
  it('skips a row with an unclosed quote, naming it, and reports progress up to 1', () => {
    const progress: number[] = [];
    const r = run('date,lat,lon\n2024-01-01,1,2\n"2024-01-02,3,4\n', 'q.csv', {
      onProgress: (f) => progress.push(f),
    });
    expect(loaded(r).report.skipped).toEqual([
      { row: 3, column: '(row)', reason: 'could not be parsed: Quoted field unterminated' },
    ]);
    expect(progress.at(-1)).toBe(1);
  });
});

describe('files that cannot be read', () => {
  const error = (r: ReturnType<typeof run>) => (r.ok ? 'loaded' : r.error);
  it('names an empty file, a binary file and one over the size limit', () => {
    expect(error(run('\uFEFF \r\n', 'e.csv'))).toBe('e.csv is empty');
    expect(error(run('PK\u0003\u0004\u0000\u0000', 'x.csv'))).toMatch(/^x\.csv looks like a binary file/);
    expect(error(run('date,lat,lon\n2024-01-01,1,2\n', 'big.csv', { maxSize: 10 }))).toMatch(
      /^big\.csv is too large/,
    );
  });
  it('says when no row could be loaded, and why the first failed', () => {
    expect(error(run('date,lat,lon\nnope,1,2\n', 'n.csv'))).toBe(
      'n.csv: no row could be loaded (row 2, date: "nope" is not a date)',
    );
  });
  it('stops when cancelled', () => {
    const controller = new AbortController();
    controller.abort();
    expect(error(run('date,lat,lon\n2024-01-01,1,2\n', 'c.csv', { signal: controller.signal }))).toBe(
      'c.csv: import cancelled',
    );
  });
});

describe('GeoJSON', () => {
  const square = [
    [
      [20, 10],
      [21, 10],
      [21, 11],
      [20, 10],
    ],
  ];
  const fc = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [2.35, 48.85, 35] },
        properties: {
          date: '2024-01-02',
          name: 'Paris',
          category: 'Diplomacy',
          crowd: 300,
          nested: { a: 1 },
        },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [1, 2],
            [3, 4],
          ],
        },
        properties: { timestamp: Date.UTC(2024, 0, 5), title: 'Two spots' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: square },
        properties: { start: '2024-02', end: '2024-03', title: 'Area' },
      },
      {
        type: 'Feature',
        geometry: { type: 'MultiPolygon', coordinates: [square] },
        properties: { time: '2024', title: 'Multi' },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        properties: { date: '2024-01-01' },
      },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { title: 'No date' } },
    ],
  };
  const r = run(JSON.stringify(fc), 'f.geojson');

  it('reads points, multipoints, polygons and multipolygons with their dates', () => {
    expect(loaded(r).report).toMatchObject({ format: 'geojson', rowsRead: 6, eventsLoaded: 4 });
    expect(eventById(r, 'row-1')).toMatchObject({
      title: 'Paris',
      topics: ['diplomacy'],
      time: { start: '2024-01-02', precision: 'day' },
    });
    expect(eventById(r, 'row-2').places).toHaveLength(2);
    expect(eventById(r, 'row-2').time.start).toBe('2024-01-05');
    expect(eventById(r, 'row-3').time).toEqual({ start: '2024-02', end: '2024-03', precision: 'month' });
    expect(eventById(r, 'row-4').time).toEqual({ start: '2024', precision: 'year' });
    // A feature that names no outlet was reported, as far as anyone knows, by the file: its source says so.
    const source = loaded(r).corpus.sources.find(
      (s) => (s as { id: string }).id === eventById(r, 'row-1').sources[0],
    );
    expect(source).toEqual({ id: 'row-1:s1', outlet: 'f.geojson', language: 'und' });
  });

  it('keeps the other properties as a flat table, and own outlines as areas', () => {
    expect(eventById(r, 'row-1').properties).toEqual({ crowd: 300, nested: '{"a":1}' });
    const area = loaded(r).corpus.places?.find(
      (p) => (p as { id: string }).id === eventById(r, 'row-3').places[0]?.place,
    );
    expect(area).toMatchObject({ kind: 'region', geometry: { type: 'Polygon' }, lat: 10.5, lon: 20.5 });
    expect(problemsOf(loaded(r).corpus)).toEqual([]);
  });

  it('skips other geometries and features without a date', () => {
    expect(loaded(r).report.skipped.map((s) => [s.row, s.column])).toEqual([
      [5, 'geometry'],
      [6, 'date'],
    ]);
    expect(reportToCsv(loaded(r).report).split('\r\n')[1]).toMatch(/^5,geometry,/);
  });

  it('reads a single Feature', () => {
    expect(loaded(run(JSON.stringify(fc.features[0]), 'one.json')).report.eventsLoaded).toBe(1);
  });
});

describe('a Dateline corpus', () => {
  it('passes through, each bad event named by its place in the list', () => {
    const corpus = {
      sources: [
        { id: 's', outlet: 'O', headline: 'H', published: '2024-01-01', dateline: 'paris', language: 'en' },
      ],
      topics: [{ id: 't', label: 'T', color: '#112233', description: 'd' }],
      actors: [],
      places: [{ id: 'own-camp', name: 'Camp', kind: 'site', lat: 1, lon: 2 }],
      events: [
        {
          id: 'e1',
          title: 'A',
          summary: 'B',
          time: { start: '2024-01', precision: 'month' },
          status: 'occurred',
          places: [{ place: 'own-camp', role: 'venue' }],
          topics: ['t'],
          sources: ['s'],
          properties: { n: 1 },
        },
        {
          id: 'e2',
          title: 'A',
          summary: 'B',
          time: { start: '2024-13', precision: 'month' },
          status: 'occurred',
          places: [{ place: 'paris', role: 'venue' }],
          topics: ['t'],
          sources: ['s'],
        },
      ],
    };
    const r = run(JSON.stringify(corpus), 'mine.json');
    expect(loaded(r).report).toMatchObject({ format: 'dateline', rowsRead: 2, eventsLoaded: 1 });
    expect(loaded(r).report.skipped[0]).toMatchObject({ row: 2, column: 'time.start' });
    expect(loaded(r).corpus.places).toEqual([{ ...corpus.places[0], aliases: [] }]);
  });
});
