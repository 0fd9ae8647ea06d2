// Gazetteer look-ups for imported rows: a country by name, alias or ISO alpha-3 code (its boundary
// id), a place by name. Built once per import.
import type { GazetteerPlace } from '../gazetteer';
import { foldText } from '../slug';
import type { Place } from '../types';
import type { TownFinder } from './towns';

export interface Lookup {
  readonly places: ReadonlyMap<string, Place>;
  /** Country place id for a name ("Côte d'Ivoire", "cote d'ivoire"), an alias or an alpha-3 code. */
  country(text: string): string | undefined;
  /** Place id for a name or alias (cities first, then regions and countries). */
  place(text: string): string | undefined;
  /**
   * A place the large gazetteer knows by this name ("Lyon", "Springfield, IL"), in the country
   * `countryId` when given (src/core/import/towns.ts); undefined when it was not loaded.
   */
  town(text: string, countryId?: string): GazetteerPlace | undefined;
}

const key = (text: string) =>
  foldText(text.trim())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function buildLookup(places: readonly Place[], towns?: TownFinder): Lookup {
  const byId = new Map(places.map((p) => [p.id, p]));
  const countries = new Map<string, string>();
  const named = new Map<string, string>();
  for (const p of places) {
    const names = [p.name, ...p.aliases].map(key);
    if (p.kind === 'country') {
      for (const n of names) if (!countries.has(n)) countries.set(n, p.id);
      if (p.boundary) countries.set(key(p.boundary), p.id);
    }
  }
  // Cities first: "Luxembourg" the place, when a city row names it, is the city.
  for (const kind of ['city', 'site', 'region', 'country'] as const)
    for (const p of places)
      if (p.kind === kind)
        for (const n of [p.name, ...p.aliases].map(key)) if (!named.has(n)) named.set(n, p.id);
  return {
    places: byId,
    country: (text) => countries.get(key(text)),
    place: (text) => named.get(key(text)),
    town: (text, countryId) => towns?.(text, countryId),
  };
}
