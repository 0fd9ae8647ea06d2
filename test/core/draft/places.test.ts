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
});
