// Export: GeoJSON shape (RFC 7946), CSV read back with an independent RFC 4180 parser, and the
// filters, which are the core index's (the same query the app runs).
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/core/dates';
import {
  buildExportRows,
  buildGeoJson,
  CSV_COLUMNS,
  csvField,
  roundCoordinate,
  serializeCsv,
  serializeGeoJson,
} from '../../../src/core/export';
import { ALL_EVENTS, type EventQuery, queryEvents } from '../../../src/core/index/query';
import { buildCorpusModel, type CorpusModel } from '../../../src/core/model';
import { validateCorpus } from '../../../src/core/validate';
import { copyCorpus, copyPlaces } from '../../fixtures/mini-corpus';

/** The mini corpus with a third event at two places whose text needs quoting and escaping. */
function exportModel(): CorpusModel {
  const corpus = copyCorpus();
  const places = copyPlaces();
  // More digits than an export keeps, to see them rounded.
  places.places[3] = { ...places.places[3], lon: 7.261953291 } as (typeof places.places)[number];
  corpus.events.push({
    id: 'tricky',
    title: '=HYPERLINK("x") talks, "frank"',
    summary: 'Line one,\r\nline "two"\nline three',
    time: { start: '2008-12', end: '2009-02', precision: 'month' },
    status: 'planned',
    places: [
      { place: 'france', role: 'venue' },
      { place: 'russia', role: 'subject' },
    ],
    actors: ['leader-a'],
    topics: ['diplomacy'],
    quotes: [],
    sources: ['paper-2'],
    related: [],
  } as (typeof corpus.events)[number]);
  const validated = validateCorpus({
    corpus: { file: 'data/corpus.json', json: corpus },
    places: { file: 'geo/places.json', json: places },
  });
  if (validated.problems.length > 0)
    throw new Error(`fixture invalid: ${JSON.stringify(validated.problems)}`);
  return buildCorpusModel(validated.value);
}

/** RFC 4180 records of a CSV text; fails loudly on anything the RFC does not allow. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += text[i];
          i++;
        }
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after closing quote at ${i}`);
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (c === '\n') {
      throw new Error(`bare LF outside quotes at ${i}`);
    } else if (c === '"') {
      throw new Error(`quote inside unquoted field at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

/** RFC 7946 rules for the subset we write: a FeatureCollection of Point Features. */
function expectRfc7946Points(json: unknown): void {
  expect(json).toMatchObject({ type: 'FeatureCollection' });
  const collection = json as Record<string, unknown>;
  expect(collection).not.toHaveProperty('crs');
  expect(Array.isArray(collection.features)).toBe(true);
  for (const feature of collection.features as Record<string, unknown>[]) {
    expect(feature.type).toBe('Feature');
    expect(feature).not.toHaveProperty('crs');
    const geometry = feature.geometry as Record<string, unknown>;
    expect(geometry.type).toBe('Point');
    const coordinates = geometry.coordinates as unknown[];
    expect(coordinates).toHaveLength(2);
    const [lon, lat] = coordinates as [number, number];
    expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lon).toBeLessThanOrEqual(180);
    expect(lat).toBeGreaterThanOrEqual(-90);
    expect(lat).toBeLessThanOrEqual(90);
    expect(typeof feature.properties).toBe('object');
    expect(feature.properties).not.toBeNull();
    expect(Array.isArray(feature.properties)).toBe(false);
  }
}

describe('GeoJSON export', () => {
  const model = exportModel();
  const all = queryEvents(model.index, ALL_EVENTS);

  it('writes an RFC 7946 FeatureCollection that parses back', () => {
    const text = serializeGeoJson(buildExportRows(model, all));
    expect(text.endsWith('\n')).toBe(true);
    expectRfc7946Points(JSON.parse(text));
  });

  it('writes one feature per event–place pair', () => {
    const { features } = buildGeoJson(buildExportRows(model, all));
    const pairs = model.index.events.flatMap((e) => e.places.map((p) => `${e.id}@${p.place}`));
    expect(features.map((f) => `${f.properties.id}@${f.properties.placeId}`)).toEqual(pairs);
    expect(features).toHaveLength(4);
  });

  it('puts [lon, lat] of the place and the documented properties, in order', () => {
    const { features } = buildGeoJson(buildExportRows(model, all));
    const summit = features.find((f) => f.properties.id === 'summit');
    expect(summit?.geometry.coordinates).toEqual([7.261953, 43.7]);
    expect(Object.keys(summit?.properties ?? {})).toEqual([
      'id',
      'title',
      'summary',
      'start',
      'end',
      'precision',
      'status',
      'place',
      'placeId',
      'placeKind',
      'placeRole',
      'topics',
      'actors',
      'sources',
      'related',
    ]);
    expect(summit?.properties).toMatchObject({
      start: '2008-11-14',
      end: '2008-11-14',
      precision: 'day',
      place: 'Nice',
      placeKind: 'city',
      placeRole: 'venue',
      topics: ['diplomacy'],
      actors: ['Émile Leader', 'Boris Other'],
      related: ['threat'],
      sources: [
        { outlet: 'Wire One', headline: 'Leaders meet', date: '2008-11-14', url: 'https://example.org/a' },
        { outlet: 'Paper Two', headline: 'Summit in Nice', date: '2008-11-15', url: null },
      ],
    });
  });

  it('widens start and end to the precision', () => {
    const { features } = buildGeoJson(buildExportRows(model, all));
    expect(features.find((f) => f.properties.id === 'threat')?.properties).toMatchObject({
      start: '2008-11-01',
      end: '2008-11-30',
      precision: 'month',
    });
    expect(features.find((f) => f.properties.id === 'tricky')?.properties).toMatchObject({
      start: '2008-12-01',
      end: '2009-02-28',
    });
  });

  it('rounds coordinates to 6 decimals', () => {
    expect(roundCoordinate(-179.99999949)).toBe(-179.999999);
    expect(roundCoordinate(12.3456785)).toBeCloseTo(12.345679, 9);
    const { features } = buildGeoJson(buildExportRows(model, all));
    for (const f of features)
      for (const c of f.geometry.coordinates) expect(Math.round(c * 1e6) / 1e6).toBe(c);
  });

  it('exports only the given positions, and nothing for none', () => {
    expect(buildGeoJson(buildExportRows(model, new Int32Array(0)))).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
  });
});

describe('CSV export', () => {
  const model = exportModel();
  const text = serializeCsv(buildExportRows(model, queryEvents(model.index, ALL_EVENTS)));
  const [header, ...records] = parseCsv(text);
  const byKey = (id: string, place: string) => {
    const record = records.find((r) => r[0] === id && r[8] === place);
    if (!record) throw new Error(`no row for ${id}@${place}`);
    return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, record[i]]));
  };

  it('has a header row with the columns in order, and CRLF line endings', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('writes one row per event–place pair, every row as wide as the header', () => {
    expect(records.map((r) => `${r[0]}@${r[8]}`)).toEqual([
      'threat@kaliningrad',
      'summit@nice',
      'tricky@france',
      'tricky@russia',
    ]);
    for (const r of records) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('round-trips commas, quotes and newlines (CR, LF, CRLF) through RFC 4180 quoting', () => {
    const tricky = byKey('tricky', 'russia');
    expect(tricky.summary).toBe('Line one,\r\nline "two"\nline three');
    expect(tricky.placeRole).toBe('subject');
  });

  it('prefixes formula-like fields with an apostrophe', () => {
    expect(byKey('tricky', 'france').title).toBe(`'=HYPERLINK("x") talks, "frank"`);
    for (const start of ['=', '+', '-', '@']) expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
    // CSV formula guard misses cells that start with TAB or CR (OWASP lists both).
    expect(csvField('\t=HYPERLINK("http://x")')).toBe(`"'\t=HYPERLINK(""http://x"")"`);
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvField('a=1')).toBe('a=1');
  });

  it('joins lists with "; " and writes sources as "Outlet: Headline (date) URL"', () => {
    const summit = byKey('summit', 'nice');
    expect(summit.actors).toBe('Émile Leader; Boris Other');
    expect(summit.sources).toBe(
      'Wire One: Leaders meet (2008-11-14) https://example.org/a; Paper Two: Summit in Nice (2008-11-15)',
    );
    expect(byKey('threat', 'kaliningrad').topics).toBe('missile-defence; diplomacy');
    expect(summit.related).toBe('threat');
    expect(byKey('threat', 'kaliningrad').related).toBe('');
  });

  it('writes widened dates and keeps the precision', () => {
    expect(byKey('threat', 'kaliningrad')).toMatchObject({
      start: '2008-11-01',
      end: '2008-11-30',
      precision: 'month',
    });
  });

  it('quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('')).toBe('');
  });

  it('writes only the header for no events', () => {
    expect(serializeCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

function exportedIds(
  model: CorpusModel,
  from: string | null,
  to: string | null,
  topics: readonly string[] | null = null,
): string[] {
  const query: EventQuery = {
    from: from === null ? null : parseIsoDay(from),
    to: to === null ? null : parseIsoDay(to),
    topics,
    actors: [],
    outlets: [],
    text: '',
  };
  return [...new Set(buildExportRows(model, queryEvents(model.index, query)).map((r) => r.id))];
}

describe('export filters', () => {
  const model = exportModel();

  it('keeps every event without filters, in date order (start day, then end day)', () => {
    expect(exportedIds(model, null, null)).toEqual(['threat', 'summit', 'tricky']);
  });

  it('filters by a day window, inclusive on both ends', () => {
    expect(exportedIds(model, '2008-11-14', '2008-11-14')).toEqual(['threat', 'summit']);
    expect(exportedIds(model, '2008-11-15', '2008-11-30')).toEqual(['threat']);
  });

  it('lets a month-precision event overlap any window touching its month', () => {
    expect(exportedIds(model, '2008-11-30', '2008-12-01')).toEqual(['threat', 'tricky']);
    expect(exportedIds(model, '2008-10-01', '2008-11-01')).toEqual(['threat']);
    expect(exportedIds(model, '2009-02-28', null)).toEqual(['tricky']);
    expect(exportedIds(model, '2009-03-01', null)).toEqual([]);
    expect(exportedIds(model, null, '2008-10-31')).toEqual([]);
  });

  it('keeps events with any of the chosen topics', () => {
    expect(exportedIds(model, null, null, ['missile-defence'])).toEqual(['threat']);
    expect(exportedIds(model, null, null, ['missile-defence', 'diplomacy'])).toEqual([
      'threat',
      'summit',
      'tricky',
    ]);
    expect(exportedIds(model, '2008-12-01', null, ['missile-defence'])).toEqual([]);
  });
});
