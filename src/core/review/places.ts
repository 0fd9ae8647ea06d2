// Places to choose from while reviewing: the namesakes of a mention, a name typed by the person, or
// the place nearest a click on the map. All from the large gazetteer (src/core/gazetteer).
import { distanceKm, type Gazetteer, type GazetteerPlace, nameKey } from '../gazetteer';

/** How many candidates a list or the map offers at most. */
export const MAX_CANDIDATES = 12;

/** The places a name could be, most populous first; a demonym ("French") gives its country. */
export function candidatesFor(gazetteer: Gazetteer, name: string): GazetteerPlace[] {
  const key = nameKey(name);
  const named = gazetteer.byName.get(key) ?? [];
  const demonym = gazetteer.demonyms.get(key);
  const all = demonym && !named.includes(demonym) ? [demonym, ...named] : [...named];
  return all.slice(0, MAX_CANDIDATES);
}

/** Places whose name starts with what was typed (at least two letters), exact matches first. */
export function searchPlaces(gazetteer: Gazetteer, typed: string): GazetteerPlace[] {
  const key = nameKey(typed);
  if (key.length < 2) return [];
  const exact = candidatesFor(gazetteer, typed);
  const out = [...exact];
  for (const [name, places] of gazetteer.byName) {
    if (out.length >= MAX_CANDIDATES) break;
    if (name !== key && name.startsWith(key))
      for (const p of places) if (!out.includes(p) && out.length < MAX_CANDIDATES) out.push(p);
  }
  return out;
}

/** The gazetteer place nearest a point (a click on the map), preferring towns over areas. */
export function nearestPlace(gazetteer: Gazetteer, lat: number, lon: number): GazetteerPlace | null {
  let best: GazetteerPlace | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const p of gazetteer.places) {
    // A country's point is its middle, not where a click on its edge means: towns win when close.
    const km = distanceKm(lat, lon, p.lat, p.lon) * (p.kind === 'country' || p.kind === 'region' ? 4 : 1);
    if (km < bestKm) {
      bestKm = km;
      best = p;
    }
  }
  return best;
}

/** "Nice, France": a place's name with its country's, for lists and accessible names. */
export function placeLabel(gazetteer: Gazetteer, place: GazetteerPlace): string {
  const country = place.country === '' ? undefined : gazetteer.byId.get(place.country);
  const admin = place.admin === '' ? undefined : gazetteer.byId.get(place.admin);
  const parts = [place.name, admin?.name, country && country !== place ? country.name : undefined];
  return parts.filter((x): x is string => Boolean(x)).join(', ');
}
