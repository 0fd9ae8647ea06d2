// Local news: counties, small towns and namesakes told apart by the places around them, on a
// gazetteer we wrote (namesakes on purpose) in the geo/gazetteer.json format.

import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/core/draft/places';
import { encodeGazetteer, type GazetteerRow, parseGazetteer } from '../../../src/core/gazetteer';
import { MINI_GAZETTEER_ROWS } from '../../fixtures/mini-gazetteer';

/** [id, name, kind, country, lat, lon, population, boundary, aliases, US state] */
const LOCAL_ROWS: readonly GazetteerRow[] = [
  ['greece', 'Greece', 'country', '', 39.0, 22.0, 50_000_000, 'GRC', '', ''],
  ['athens', 'Athens', 'city', 'greece', 37.98, 23.73, 664_046, '', '', ''],
  ['gn-athens-ga', 'Athens', 'city', 'united-states', 33.96, -83.38, 115_452, '', '', 'us-ga'],
  ['gn-huntsville-al', 'Huntsville', 'city', 'united-states', 34.73, -86.59, 190_582, '', '', 'us-al'],
  ['gn-huntsville-tx', 'Huntsville', 'city', 'united-states', 30.72, -95.55, 38_548, '', '', 'us-tx'],
  ['usc-01127', 'Walker County', 'region', 'united-states', 33.8, -87.3, 10_000, '', '', 'us-al'],
  ['usc-48471', 'Walker County', 'region', 'united-states', 30.74, -95.57, 10_000, '', '', 'us-tx'],
  ['gn-gainesville-fl', 'Gainesville', 'city', 'united-states', 29.65, -82.32, 133_857, '', '', 'us-fl'],
  ['gn-chiefland', 'Chiefland', 'city', 'united-states', 29.47, -82.86, 2_245, '', '', 'us-fl'],
  ['gn-many', 'Many', 'city', 'united-states', 31.57, -93.48, 2_751, '', '', 'us-la'],
  ['gn-mart', 'Mart', 'city', 'united-states', 31.54, -96.83, 2_209, '', '', 'us-tx'],
  ['us-fl', 'Florida', 'region', 'united-states', 28.6, -82.4, 18_000_000, '', 'Fla.', ''],
  ['egypt', 'Egypt', 'country', '', 26.0, 30.0, 50_000_000, 'EGY', '', ''],
  ['gn-alexandria-eg', 'Alexandria', 'city', 'egypt', 31.2, 29.92, 3_811_516, '', '', ''],
  ['gn-alexandria-va', 'Alexandria', 'city', 'united-states', 38.8, -77.05, 139_966, '', '', 'us-va'],
  ['gn-alexandria-la', 'Alexandria', 'city', 'united-states', 31.31, -92.45, 47_723, '', '', 'us-la'],
  ['gn-virginia-mn', 'Virginia', 'city', 'united-states', 47.52, -92.54, 8_500, '', '', 'us-mn'],
  ['us-va', 'Virginia', 'region', 'united-states', 37.5, -78.8, 8_000_000, '', 'Va.', ''],
  ['us-al', 'Alabama', 'region', 'united-states', 32.8, -86.8, 4_000_000, '', 'Ala.', ''],
];

const { value: g, issues } = parseGazetteer(
  encodeGazetteer([...MINI_GAZETTEER_ROWS, ...LOCAL_ROWS], [], 'test fixture'),
);
const ids = (text: string) => findPlaces(text, g).map((p) => `${p.text}=${p.placeId}`);

describe('findPlaces in local news', () => {
  it('builds the fixture without issues', () => {
    expect(issues).toEqual([]);
  });

  it('reads a county beside a town as the namesakes that lie together (Texas, not Alabama)', () => {
    expect(ids('The burn ban for Walker County was lifted, said the Huntsville fire chief.')).toEqual([
      'Walker County=usc-48471',
      'Huntsville=gn-huntsville-tx',
    ]);
    // Without the county, the larger Huntsville wins.
    expect(ids('The fire chief of Huntsville spoke.')).toEqual(['Huntsville=gn-huntsville-al']);
  });

  it('reads "Athens, Georgia" as the US town even though Georgia is first a country', () => {
    expect(ids('She grew up in Athens, Georgia.')).toEqual(['Athens=gn-athens-ga', 'Georgia=us-ga']);
    expect(ids('She grew up in Athens.')).toEqual(['Athens=athens']);
  });

  it('takes a small town only with support: its state and a locative cue or a place nearby', () => {
    expect(ids('Farmers from Gainesville met in Chiefland, Fla.')).toEqual([
      'Gainesville=gn-gainesville-fl',
      'Chiefland=gn-chiefland',
      'Fla=us-fl',
    ]);
    expect(ids('Gainesville and Chiefland are in Florida.')).toContain('Chiefland=gn-chiefland');
    expect(ids('Chiefland voted on Monday.')).toEqual([]);
    expect(ids('Many people in Florida voted.')).toEqual(['Florida=us-fl']);
  });

  it('does not read the end of a hyphenated name as a town (regression: "Wal-Mart" was Mart, Texas)', () => {
    expect(ids('A new Wal-Mart opened in Huntsville, Texas.')).toEqual([
      'Huntsville=gn-huntsville-tx',
      'Texas=us-tx',
    ]);
  });

  it('takes the only state among town namesakes as named (regression: Alexandria, Virginia was in Egypt)', () => {
    expect(ids('Police in Alexandria, a city in northern Virginia, said so.')).toEqual([
      'Alexandria=gn-alexandria-va',
      'Virginia=us-va',
    ]);
  });

  it('does not take a sentence-initial word for a first name (regression: "When Alexandria police" made a surname)', () => {
    expect(ids('A body was found. When Huntsville police arrived, Huntsville was quiet.')).toEqual([
      'Huntsville=gn-huntsville-al',
      'Huntsville=gn-huntsville-al',
    ]);
  });
});
