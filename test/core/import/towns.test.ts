// Place names the small gazetteer does not know, found in the large one (src/core/import/towns.ts),
// through a whole import: a small gazetteer fixture in the large one's format, built here.
import { describe, expect, it } from 'vitest';
import { encodeGazetteer, type GazetteerRow, parseGazetteer } from '../../../src/core/gazetteer';
import { townFinder, wantsTowns } from '../../../src/core/import';
import { eventById, loaded, run } from './helpers';

const ROWS: GazetteerRow[] = [
  ['united-states', 'United States', 'country', '', 39.8, -98.6, 330_000_000, 'USA', 'USA', ''],
  ['france', 'France', 'country', '', 46.6, 2.4, 68_000_000, 'FRA', '', ''],
  ['us-il', 'Illinois', 'region', 'united-states', 40.0, -89.2, 12_800_000, '', '', ''],
  ['us-mo', 'Missouri', 'region', 'united-states', 38.4, -92.5, 6_100_000, '', '', ''],
  ['us-tx', 'Texas', 'region', 'united-states', 31.0, -99.0, 29_000_000, '', '', ''],
  ['gn-1', 'Springfield', 'city', 'united-states', 37.2153, -93.2982, 166_810, '', '', 'us-mo'],
  ['gn-2', 'Springfield', 'city', 'united-states', 39.8017, -89.6437, 116_565, '', '', 'us-il'],
  ['gn-3', 'Paris', 'city', 'united-states', 33.6609, -95.5555, 24_782, '', '', 'us-tx'],
  ['gn-4', 'Carcassonne', 'city', 'france', 43.213, 2.3491, 46_000, '', 'Carcassona', ''],
];
const gazetteer = parseGazetteer(encodeGazetteer(ROWS, [], 'test fixture')).value;
const towns = townFinder(gazetteer);

describe('townFinder', () => {
  it('takes the most populous place of a name, and a qualifier narrows it: state, postal code, country', () => {
    expect(towns('Springfield')?.id).toBe('gn-1');
    expect(towns('Springfield, Illinois')?.id).toBe('gn-2');
    expect(towns('Springfield, IL')?.id).toBe('gn-2');
    expect(towns('Paris, Texas')?.id).toBe('gn-3');
    expect(towns('Carcassona, France')?.id).toBe('gn-4');
    expect(towns('Springfield, France')).toBeUndefined();
  });

  it("is narrowed by the row's country, and never answers with a country", () => {
    expect(towns('Carcassonne', 'france')?.id).toBe('gn-4');
    expect(towns('Carcassonne', 'united-states')).toBeUndefined();
    expect(towns('France')).toBeUndefined();
  });
});

const csv = [
  'date,city,country,title',
  '2024-01-05,Carcassonne,,Strike at the castle',
  '2024-01-06,"Springfield, IL",,Vote held',
  '2024-01-07,Paris,United States,Festival in Paris',
  '2024-01-08,Paris,,Summit in Paris',
  '2024-01-09,Nowhereville,,Lost',
].join('\n');

describe('an import that names places without coordinates', () => {
  it('says when it wants the large gazetteer: a place named where a row has no coordinates', () => {
    expect(wantsTowns(csv, { fileName: 'towns.csv' })).toBe(true);
    expect(wantsTowns('date,lat,lon,city\n2024-01-01,1,2,Lyon\n', { fileName: 'points.csv' })).toBe(false);
    expect(
      wantsTowns('date,lat,lon,city\n2024-01-01,1,2,Lyon\n2024-01-02,,,Albi\n', { fileName: 'm.csv' }),
    ).toBe(true);
    expect(wantsTowns('{"type":"FeatureCollection","features":[]}', { fileName: 'a.geojson' })).toBe(false);
  });

  it('places a town by the large gazetteer, narrowed by its qualifier or the row country', () => {
    const result = loaded(run(csv, 'towns.csv', { towns }));
    const placeOf = (row: number) => eventById(result, `row-${row}`).places[0]?.place;
    const own = (id: string | undefined) =>
      (result.corpus.places as { id: string }[] | undefined)?.find((p) => p.id === id);
    expect(own(placeOf(2))).toMatchObject({ name: 'Carcassonne', lat: 43.213, lon: 2.3491, kind: 'city' });
    expect(own(placeOf(3))).toMatchObject({ name: 'Springfield', lat: 39.8017, lon: -89.6437 });
    // The row's country wins over the small gazetteer's Paris, France…
    expect(own(placeOf(4))).toMatchObject({ name: 'Paris', lat: 33.6609 });
    // …which a row without a country still gets, from the small gazetteer.
    expect(placeOf(5)).toBe('paris');
    // A name neither gazetteer knows is a skipped row naming its column.
    expect(result.report.skipped).toEqual([
      {
        row: 6,
        column: 'city',
        reason: 'place "Nowhereville" has no coordinates and is not in the gazetteer',
      },
    ]);
  });

  it('without the large gazetteer, names only the small one knows are placed, as before', () => {
    const result = loaded(run(csv, 'towns.csv'));
    expect(result.report.skipped.map((s) => s.row)).toEqual([2, 3, 6]);
    // Paris with the country United States: the country's area, not Paris, France.
    expect(eventById(result, 'row-4').places[0]?.place).toBe('united-states');
  });
});
