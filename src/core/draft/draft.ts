// The whole reading of one article: dateline and publication date, places, dates, actors,
// quotes and draft events. Pure and total: any string in, a Draft out, offsets into that string.

import type { Gazetteer } from '../gazetteer';
import { nameKey } from '../gazetteer';
import { findActors, type KnownActor } from './actors';
import { findDateline, findPublished } from './dateline';
import { findDates } from './dates';
import { draftEvents, type KnownEvent, type TopicHint } from './events';
import { findPlaces } from './places';
import { findQuotes } from './quotes';
import type { Draft, PlaceMention } from './types';

export interface DraftOptions {
  /** YYYY-MM-DD; read from the text when absent. */
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly headline?: string | null;
  readonly actors?: readonly KnownActor[];
  readonly events?: readonly KnownEvent[];
  readonly topics?: readonly TopicHint[];
}

export function draftArticle(text: string, gazetteer: Gazetteer, options: DraftOptions = {}): Draft {
  const hit = findDateline(text);
  const datelineIds: string[] = [];
  let datelinePlace: PlaceMention | null = null;
  if (hit) {
    const region = hit.region ? gazetteer.byName.get(nameKey(hit.region.text))?.[0] : undefined;
    const candidates = gazetteer.byName.get(nameKey(hit.place.text)) ?? [];
    const chosen =
      candidates.find((c) => region && (c.country === region.id || c.id === region.id)) ?? candidates[0];
    if (region) datelineIds.push(region.id);
    if (chosen) datelineIds.push(chosen.id, chosen.country);
  }
  const places = findPlaces(text, gazetteer, { datelineIds });
  if (hit) datelinePlace = places.find((p) => p.start === hit.place.start) ?? null;
  const published = options.published ?? findPublished(text);
  const dates = published ? findDates(text, published) : [];
  const countryOf = (word: string) => gazetteer.demonyms.get(nameKey(word))?.id;
  const actors = findActors(text, options.actors ?? [], countryOf);
  const quotes = findQuotes(text, actors);
  const outlet = options.outlet ?? hit?.outlet ?? null;
  const events = draftEvents(text, {
    places,
    dates,
    actors,
    venueId: datelinePlace?.placeId ?? null,
    published,
    outlet,
    headline: options.headline ?? null,
    known: options.events ?? [],
    topics: options.topics ?? [],
  });
  return {
    published,
    dateline: hit ? { place: datelinePlace, outlet: hit.outlet } : null,
    places,
    dates,
    actors,
    quotes,
    events,
  };
}
