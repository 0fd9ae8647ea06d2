import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/core/draft/places';
import { miniGazetteer } from '../../fixtures/mini-gazetteer';

const g = miniGazetteer();
const ids = (text: string, datelineIds: string[] = []) =>
  findPlaces(text, g, { datelineIds }).map((p) => `${p.text}=${p.placeId}${p.adjectival ? '*' : ''}`);

describe('findPlaces', () => {
  it('gives offsets with text === input.slice(start, end)', () => {
    const text = 'Talks in Paris — then 🙂 Nice, France.';
    const places = findPlaces(text, g);
    expect(places.map((p) => p.text)).toEqual(['Paris', 'Nice', 'France']);
    for (const p of places) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads Georgia as the country by default, and as the US state near Atlanta', () => {
    expect(ids('Troops left Georgia on Monday.')).toEqual(['Georgia=georgia']);
    expect(ids('Flights from Atlanta to cities across Georgia were cancelled.')).toEqual([
      'Atlanta=gn-atlanta',
      'Georgia=us-ga',
    ]);
  });

  it('reads Paris as the French capital unless Texas follows', () => {
    expect(ids('A meeting in Paris.')).toEqual(['Paris=paris']);
    expect(ids('A rodeo in Paris, Texas.')).toEqual(['Paris=gn-paris-tx', 'Texas=us-tx']);
  });

  it('takes Nice as a city only with a locative cue or the dateline, never the adjective', () => {
    expect(ids('Nice weather, he said.')).toEqual([]);
    expect(ids('The summit in Nice ended.')).toEqual(['Nice=nice']);
    expect(ids('NICE, France -- Talks.', ['nice', 'france'])).toEqual(['NICE=nice', 'France=france']);
  });

  it('marks demonyms as adjectival pointers to their country', () => {
    const [p] = findPlaces('The Russian leader spoke.', g);
    expect(p).toMatchObject({ text: 'Russian', placeId: 'russia', adjectival: true });
  });

  it('prefers the Kaliningrad region over its city, and takes the longest name', () => {
    expect(ids('Missiles in Kaliningrad near Russia.')).toEqual(['Kaliningrad=kaliningrad', 'Russia=russia']);
    expect(ids('He flew to New York City.')).toEqual(['New York City=new-york']);
  });

  it('skips a town name that is part of a person’s name', () => {
    expect(ids('President Barack Obama met them.')).toEqual([]);
    expect(ids('The Obama Administration said so.')).toEqual([]);
  });

  it('gives a confidence between 0 and 1, lower for close namesakes', () => {
    const [only] = findPlaces('In France.', g);
    const [paris] = findPlaces('In Paris.', g);
    expect(only?.confidence).toBeGreaterThan(0.9);
    expect(paris?.confidence).toBeGreaterThan(0.5);
    expect(paris?.confidence).toBeLessThanOrEqual(1);
  });

  it('takes a town name used as a surname for the person later on, unless a locative cue says otherwise', () => {
    expect(ids('The report by Michelle Obama came out. Obama said it was late.')).toEqual([]);
    expect(ids('The report by Michelle Obama came out. Obama said she flew to Obama.')).toEqual([
      'Obama=gn-obama',
    ]);
    expect(ids('Police came. Roy A. Obama was held. Obama said little.')).toEqual([]);
    // Without the full name first, a bare town name stays a place.
    expect(ids('Obama said the port was busy.')).toEqual(['Obama=gn-obama']);
  });

  it('skips a town name before a possessive and a capitalised word ("Obama’s Ford Plant")', () => {
    expect(ids('Workers at Obama’s Ford Plant went home.')).toEqual([]);
    expect(ids('Workers at Obama went home.')).toEqual(['Obama=gn-obama']);
  });

  it('reads a town’s own police, papers, clubs and broadcasters as the town, not a longer name', () => {
    expect(ids('According to Gainesville Police, the road closed.')).toEqual(['Gainesville=gn-gainesville']);
    expect(ids('The Gainesville Riding Club met.')).toEqual(['Gainesville=gn-gainesville']);
    expect(ids('He told CTV Gainesville and South Gainesville residents.')).toEqual([
      'Gainesville=gn-gainesville',
      'Gainesville=gn-gainesville',
    ]);
    // A name goes on: a person, an event, a saint.
    expect(
      ids('Rodeo Gainesville starts. Gainesville Smith Jones spoke. St. Gainesville’s is shut.'),
    ).toEqual([]);
  });

  it('reads a possessive as the town’s only for a large town ("Gainesville’s VFW Post", not "Obama’s Ford Plant")', () => {
    expect(ids('A stop at Gainesville’s VFW Post.')).toEqual(['Gainesville=gn-gainesville']);
    expect(ids('Workers at Obama’s Ford Plant went home.')).toEqual([]);
  });

  it('reads a lawmaker’s party and home town ("D-Charleston") but not the end of a hyphenated word', () => {
    expect(ids('said Rep. Wendell Gilliard, D-Charleston, on Monday.')).toEqual(['Charleston=gn-charleston']);
    expect(ids('said Sen. Ann Lee, DFL-Charleston, on Monday.')).toEqual(['Charleston=gn-charleston']);
    expect(ids('The Gold-Charleston deal and a Coca-Cola.')).toEqual([]);
  });

  it('reads both sides of a hyphen when the first is a place or a people ("Atlanta-Gainesville", "Russian-US")', () => {
    expect(ids('The Atlanta-Gainesville corridor and Russian-US relations.')).toEqual([
      'Atlanta=gn-atlanta',
      'Gainesville=gn-gainesville',
      'Russian=russia*',
      'US=united-states',
    ]);
  });

  it('reads "St. Petersburg" whole, not as Petersburg after a saint', () => {
    expect(ids('Flights to St. Petersburg resumed.')).toEqual(['St. Petersburg=gn-st-petersburg']);
    expect(ids('Flights to Petersburg resumed.')).toEqual(['Petersburg=gn-petersburg']);
  });

  it('reads plural and several-word demonyms, before a small town of the same name', () => {
    expect(ids('Canadian troops and Russians met Sri Lankan envoys.')).toEqual([
      'Canadian=canada*',
      'Russians=russia*',
      'Sri Lankan=sri-lanka*',
    ]);
  });

  it('reads continents as areas, not as towns of the same name', () => {
    expect(ids('Flights from Asia to Europe and European capitals.')).toEqual([
      'Asia=asia',
      'Europe=europe',
      'European=europe*',
    ]);
  });

  it('takes a town named like a person or a common word only with a locative cue ("Burton said", "Liberal MP")', () => {
    expect(ids('Burton said the Liberal MP was late.')).toEqual([]);
    expect(ids('A fire in Burton and a fair in Liberal.')).toEqual([
      'Burton=gn-burton',
      'Liberal=gn-liberal',
    ]);
  });

  it('does not read a doctor’s "M.D." as Maryland ("Md.")', () => {
    expect(ids('Jane Roe, M.D., moved to Maryland.')).toEqual(['Maryland=us-md']);
  });

  it('reads a month name as a place only when a country follows', () => {
    expect(ids('The vote in March was close.')).toEqual([]);
    expect(ids('The vote in March, France was close.')).toEqual(['March=gn-march', 'France=france']);
  });

  it('steers namesakes to the home country where most of the article’s places lie', () => {
    // Two US places and no Caucasus one: Georgia is the US state.
    expect(ids('Fans from Paris, Texas and New York flew to Georgia.')).toEqual([
      'Paris=gn-paris-tx',
      'Texas=us-tx',
      'New York=new-york',
      'Georgia=us-ga',
    ]);
    // Russia beside it: the country.
    expect(ids('Russia sent envoys to Georgia.')).toEqual(['Russia=russia', 'Georgia=georgia']);
  });

  it('reads "America" as the United States, but not in "Latin America" or "Bank of America"', () => {
    expect(ids('Envoys from America, Latin America and the Bank of America met.')).toEqual([
      'America=united-states',
    ]);
  });
});
