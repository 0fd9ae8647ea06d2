// Place mentions: the longest gazetteer name at each capitalised word, resolved among its
// namesakes by population, the countries the article names, the dateline and nearby words.

import { type Gazetteer, type GazetteerPlace, nameKey } from '../gazetteer';
import { isCapitalised, type Token, tokenize } from './text';
import type { PlaceMention } from './types';

/** Short forms that the gazetteer leaves out as too ambiguous in general, but news uses. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  us: 'united states',
  usa: 'united states',
  uk: 'united kingdom',
  uae: 'united arab emirates',
};

/** Town names that are also common English words: taken only with a locative cue. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  'nice split mobile reading bath of date male most bar van gap orange best sale deal hope union police man said will may mark march august independence liberty victory university college north south east west central city state republic president government'.split(
    ' ',
  ),
);
const LOCATIVE = /\b(in|at|from|to|near|into|of|outside|across|toward|towards|visit(?:ed|ing)?)\s*$/i;
const TITLE_BEFORE =
  /\b(Mr|Mrs|Ms|Dr|President|Minister|Chancellor|Secretary|General|Senator|King|Queen|Prince|Pope)\.?\s*$/;

export interface PlaceContext {
  /** Place ids of the dateline place and its country. */
  readonly datelineIds?: readonly string[];
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly GazetteerPlace[];
  readonly adjectival: boolean;
}

function findHits(text: string, gazetteer: Gazetteer): Hit[] {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!isCapitalised(first.text)) continue;
    let found: Hit | null = null;
    let j = i;
    for (let n = 1; n <= gazetteer.maxWords && i + n - 1 < tokens.length; n++) {
      const last = tokens[i + n - 1] as Token;
      if (n > 1 && !/^[ -]$/.test(text.slice((tokens[i + n - 2] as Token).end, last.start))) break;
      if (!isCapitalised(last.text)) continue;
      const key = nameKey(text.slice(first.start, last.end));
      const short = SHORT_FORMS[key];
      const shortPlace =
        short && /^\p{Lu}/u.test(last.text)
          ? gazetteer.byName.get(short)?.find((p) => p.kind === 'country')
          : undefined;
      const candidates = shortPlace ? [shortPlace] : gazetteer.byName.get(key);
      if (candidates && candidates.length > 0) {
        found = { start: first.start, end: last.end, candidates, adjectival: false };
        j = i + n - 1;
      } else if (n === 1 && gazetteer.demonyms.has(key)) {
        const country = gazetteer.demonyms.get(key) as GazetteerPlace;
        found = { start: first.start, end: last.end, candidates: [country], adjectival: true };
      }
    }
    if (found) {
      hits.push(found);
      i = j;
    }
  }
  return hits;
}

/**
 * A GeoNames town name inside a longer capitalised name ("Barack Obama", "David Moore", "Lincoln
 * Memorial") is a person or an organisation, not a place. Our own curated places are exempt.
 */
function isPartOfName(text: string, hit: Hit): boolean {
  if (!hit.candidates.every((c) => c.id.startsWith('gn-'))) return false;
  const before = /(\S+) $/.exec(text.slice(Math.max(0, hit.start - 30), hit.start))?.[1] ?? '';
  const after = /^ (\p{Lu}[\p{L}]+)/u.exec(text.slice(hit.end, hit.end + 30))?.[1] ?? '';
  const capitalBefore = /^\p{Lu}[\p{L}]*$/u.test(before);
  return capitalBefore || after !== '';
}

function isPlausible(
  text: string,
  hit: Hit,
  datelineIds: ReadonlySet<string>,
  gazetteer: Gazetteer,
): boolean {
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  if (TITLE_BEFORE.test(before)) return false;
  const key = nameKey(text.slice(hit.start, hit.end));
  if (isPartOfName(text, hit)) return false;
  // "UN", "EU": short capitals are acronyms unless they are known short forms ("US", "UK").
  if (/^\p{Lu}{1,3}$/u.test(text.slice(hit.start, hit.end)) && !(key in SHORT_FORMS)) return false;
  if (!COMMON_WORDS.has(key)) return true;
  if (hit.candidates.some((c) => datelineIds.has(c.id))) return true;
  return LOCATIVE.test(before) || followingName(text, hit.end, gazetteer) !== '';
}

function score(
  place: GazetteerPlace,
  named: ReadonlySet<string>,
  dateline: ReadonlySet<string>,
  next: string,
): number {
  let s = Math.log10(place.population + 10);
  // A named country steers its towns; a state is not chosen just because the U.S. is named.
  const isUsState = place.kind === 'region' && place.id.startsWith('us-');
  if (named.has(place.id) || (!isUsState && named.has(place.country))) s += 3;
  if (place.admin !== '' && named.has(place.admin)) s += 3;
  if (dateline.has(place.id) || dateline.has(place.country)) s += 2;
  // "Nice, France", "Paris, Texas": the words right after name the place's country or state.
  if (next !== '' && (next === place.country || next === place.admin)) s += 6;
  return s;
}

/** The id of a country or region named right after ", ", or ''. */
function followingName(text: string, end: number, gazetteer: Gazetteer): string {
  const m = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40));
  if (!m) return '';
  const place = gazetteer.byName.get(nameKey(m[1] as string))?.[0];
  return place && (place.kind === 'country' || place.kind === 'region') ? place.id : '';
}

export function findPlaces(text: string, gazetteer: Gazetteer, context: PlaceContext = {}): PlaceMention[] {
  const dateline = new Set(context.datelineIds ?? []);
  const hits = findHits(text, gazetteer).filter((h) => isPlausible(text, h, dateline, gazetteer));
  // Countries named without doubt (one candidate, or a demonym) steer the others.
  const named = new Set<string>();
  for (const h of hits) {
    if (h.candidates.length !== 1) continue;
    const only = h.candidates[0] as GazetteerPlace;
    for (const id of [only.id, only.country, only.admin]) if (id !== '') named.add(id);
  }
  return hits.map((h) => {
    const next = followingName(text, h.end, gazetteer);
    const ranked = h.candidates
      .map((place) => ({ place, s: score(place, named, dateline, next) }))
      .sort((a, b) => b.s - a.s);
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
      country: p.kind === 'country' ? p.id : p.country,
      lat: p.lat,
      lng: p.lon,
      adjectival: h.adjectival,
      confidence: Math.round((1 / (1 + Math.exp(-margin))) * 100) / 100,
    };
  });
}
