// Resolving place mentions among namesakes: population, the places the article names without
// doubt (their countries and US states), the dateline, ", Country" right after the name, and the
// article's home country (where most of its places lie).

import type { Gazetteer, GazetteerPlace } from '../gazetteer';
import { nameKey } from '../gazetteer';
import { homeState, stateOf } from './home-state';
import { nearbySupport } from './proximity';
import { isSmallTown, isSmallTownSupported, type SmallTownContext } from './small-towns';
import type { PlaceMention } from './types';

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly GazetteerPlace[];
  readonly adjectival: boolean;
}

/** Bonus for a candidate in the article's home country: less than a named country's 3. */
const HOME_BONUS = 1.5;
/** Bonus for a candidate in (or being) the article's home US state. */
const STATE_BONUS = 2;
/** Bonus per other name with a namesake near the candidate (at most two count). */
const NEAR_BONUS = 1.5;

function score(
  place: GazetteerPlace,
  named: ReadonlySet<string>,
  dateline: ReadonlySet<string>,
  next: readonly string[],
): number {
  let s = Math.log10(place.population + 10);
  // A named country steers its towns; a state is not chosen just because the U.S. is named.
  const isUsState = place.kind === 'region' && place.id.startsWith('us-');
  if (named.has(place.id) || (!isUsState && named.has(place.country))) s += 3;
  if (place.admin !== '' && named.has(place.admin)) s += 3;
  if (dateline.has(place.id) || dateline.has(place.country)) s += 2;
  // "Nice, France", "Paris, Texas": the words right after name the place's country or state.
  if (next.includes(place.country) || next.includes(place.admin)) s += 6;
  return s;
}

/** Ids of the countries and regions a name right after ", " can be ("Athens, Georgia": both). */
export function followingRegions(text: string, end: number, gazetteer: Gazetteer): string[] {
  const m = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40));
  if (!m) return [];
  const places = gazetteer.byName.get(nameKey(m[1] as string)) ?? [];
  return places.filter((p) => p.kind === 'country' || p.kind === 'region').map((p) => p.id);
}

/** The id of a country or region named right after ", ", or ''. */
export function followingName(text: string, end: number, gazetteer: Gazetteer): string {
  return followingRegions(text, end, gazetteer)[0] ?? '';
}

const countryOf = (p: GazetteerPlace) => (p.kind === 'country' ? p.id : p.country);

/**
 * The country most of the article's distinct places lie in, by a first resolution without it: at
 * least two places and more than half of them. Local news names its towns, states and neighbours far
 * more often than its country, so this steers "Georgia" and "Paris" where no country is named.
 */
function homeCountry(winners: readonly GazetteerPlace[]): string {
  const distinct = new Set(winners);
  const counts = new Map<string, number>();
  for (const p of distinct) counts.set(countryOf(p), (counts.get(countryOf(p)) ?? 0) + 1);
  const [home, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n >= 2 && n > distinct.size / 2 ? home : '';
}

export function resolveHits(
  text: string,
  hits: readonly Hit[],
  gazetteer: Gazetteer,
  dateline: ReadonlySet<string>,
): PlaceMention[] {
  // Places named without doubt (one candidate, a demonym, or the only area among towns: "Virginia"
  // beside Virginia, Minnesota) steer the others.
  const isArea = (p: GazetteerPlace) => p.kind === 'country' || p.kind === 'region';
  const named = new Set<string>();
  for (const h of hits) {
    const areas = h.candidates.filter(isArea);
    const sure = h.candidates.length === 1 || (areas.length === 1 && areas[0] === h.candidates[0]);
    if (!sure) continue;
    const only = h.candidates[0] as GazetteerPlace;
    for (const id of [only.id, only.country, only.admin]) if (id !== '') named.add(id);
  }
  const nexts = hits.map((h) => followingRegions(text, h.end, gazetteer));
  // "Rego Park, New York": a region right after a place is the one that holds it.
  const holds = (i: number, region: GazetteerPlace) => {
    const before = hits[i - 1];
    return (
      before !== undefined &&
      /^,\s+$/.test(text.slice(before.end, (hits[i] as Hit).start)) &&
      before.candidates.some((c) => c.admin === region.id || c.country === region.id)
    );
  };
  const byNameKey = (h: Hit) => nameKey(text.slice(h.start, h.end));
  const byName = new Map(hits.map((h) => [byNameKey(h), h.candidates]));
  const state = homeState(byName);
  const near = nearbySupport([...byName.values()]);
  const towns: SmallTownContext = { text, state, named, near };
  const eligible = hits.map((h, i) =>
    h.candidates.filter((p) => !isSmallTown(p) || isSmallTownSupported(p, h, nexts[i] as string[], towns)),
  );
  const rank = (i: number, home: string) =>
    (eligible[i] as GazetteerPlace[])
      .map((place) => {
        let s = score(place, named, dateline, nexts[i] as string[]);
        if (place.kind === 'region' && holds(i, place)) s += 6;
        if (home !== '' && countryOf(place) === home) s += HOME_BONUS;
        if (state !== '' && stateOf(place) === state) s += STATE_BONUS;
        s += NEAR_BONUS * Math.min(2, near.get(place.id) ?? 0);
        return { place, s };
      })
      .sort((a, b) => b.s - a.s);
  const kept = hits.flatMap((_, i) => ((eligible[i] as GazetteerPlace[]).length > 0 ? [i] : []));
  const home = homeCountry(kept.map((i) => (rank(i, '')[0] as { place: GazetteerPlace }).place));
  return kept.map((i) => {
    const h = hits[i] as Hit;
    const ranked = rank(i, home);
    const best = ranked[0] as { place: GazetteerPlace; s: number };
    const margin = ranked.length > 1 ? best.s - (ranked[1] as { s: number }).s : 3;
    const p = best.place;
    return {
      text: text.slice(h.start, h.end),
      start: h.start,
      end: h.end,
      placeId: p.id,
      name: p.name,
      kind: p.kind,
      country: countryOf(p),
      lat: p.lat,
      lng: p.lon,
      adjectival: h.adjectival,
      confidence: Math.round((1 / (1 + Math.exp(-margin))) * 100) / 100,
    };
  });
}
