// Place mentions: the longest gazetteer name at each capitalised word, resolved among its
// namesakes by population, the countries the article names, the dateline and nearby words.

import { type Gazetteer, type GazetteerPlace, nameKey } from '../gazetteer';
import { ABBREVIATED, isGnOnly, isPartOfName, personSurnames } from './names';
import { followingName, type Hit, resolveHits } from './resolve';
import { isCapitalised, LOCATIVE, type Token, tokenize } from './text';
import type { PlaceMention } from './types';

/** Short forms that the gazetteer leaves out as too ambiguous in general, but news uses. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  us: 'united states',
  usa: 'united states',
  uk: 'united kingdom',
  uae: 'united arab emirates',
  america: 'united states',
};

/** Town names that are also common English words: taken only with a locative cue. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  'nice split mobile reading bath of date male most bar van gap orange best sale deal hope union police man said will mark independence liberty victory university college north south east west central city state republic president government much god green along miss sens metro bay honda toyota superior liberal can island justice alliance federal crystal same salt delta'.split(
    ' ',
  ),
);
/**
 * Given names and surnames that are also GeoNames towns (David, Panama; Burton, Michigan), seen taken
 * for places in the evaluation corpora: like common words, taken only with a locative cue or a
 * following ", State".
 */
const PERSON_NAMES: ReadonlySet<string> = new Set(
  'david linda mary barry taylor marshall mason jones murphy burton steele duncan vernon conrad lynn robertson'.split(
    ' ',
  ),
);
/** Month names that are also towns ("March", "May", "August"): a place only as "March, England". */
const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
const TITLE_BEFORE =
  /\b(Mr|Mrs|Ms|Dr|President|Minister|Chancellor|Secretary|General|Senator|King|Queen|Prince|Pope)\.?\s*$/;

export interface PlaceContext {
  /** Place ids of the dateline place and its country. */
  readonly datelineIds?: readonly string[];
}

/** The country of a demonym, singular or plural ("Russian", "Russians", "Israelis"). */
function demonymCountry(key: string, gazetteer: Gazetteer): GazetteerPlace | undefined {
  const country = gazetteer.demonyms.get(key);
  if (country || !key.endsWith('s')) return country;
  const singular = key.slice(0, -1);
  return /(?:an|i)$/.test(singular) ? gazetteer.demonyms.get(singular) : undefined;
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
      // Words join by a space or a hyphen; "St. Petersburg", "Mt. Pleasant" by the abbreviation's dot.
      if (n > 1 && !joins(text, tokens[i + n - 2] as Token, last)) break;
      if (!isCapitalised(last.text)) continue;
      const key = nameKey(text.slice(first.start, last.end));
      const short = SHORT_FORMS[key];
      const shortPlace =
        short && /^\p{Lu}/u.test(last.text)
          ? gazetteer.byName.get(short)?.find((p) => p.kind === 'country')
          : undefined;
      const candidates = shortPlace ? [shortPlace] : gazetteer.byName.get(key);
      const demonym = demonymCountry(key, gazetteer);
      // "Canadian" is a people before it is Canadian, Texas (3,000 people).
      if (demonym && (!candidates || isGnOnly(candidates))) {
        found = { start: first.start, end: last.end, candidates: [demonym], adjectival: true };
        j = i + n - 1;
      } else if (candidates && candidates.length > 0) {
        found = { start: first.start, end: last.end, candidates, adjectival: false };
        j = i + n - 1;
      }
    }
    if (found) {
      hits.push(found);
      i = j;
    }
  }
  return hits;
}

/** Whether two words can be one name: a space or a hyphen between them, or an abbreviation's dot. */
function joins(text: string, previous: Token, next: Token): boolean {
  const gap = text.slice(previous.end, next.start);
  return /^[ -]$/.test(gap) || (gap === '. ' && ABBREVIATED.test(previous.text));
}

function isPlausible(
  text: string,
  hit: Hit,
  datelineIds: ReadonlySet<string>,
  gazetteer: Gazetteer,
  surnames: ReadonlySet<string>,
): boolean {
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  if (TITLE_BEFORE.test(before)) return false;
  const key = nameKey(text.slice(hit.start, hit.end));
  if (isPartOfName(text, hit)) return false;
  // "Wal-Mart", "Coca-Cola": the end of a hyphenated word is not a town. But "D-Charleston",
  // "DFL-Minneapolis" (a lawmaker's party and home town) and "Fargo-Moorhead", "Egyptian-US",
  // "Arab-Israeli" (two places, or a people and a place) are.
  if (/\p{L}-$/u.test(before) && !/(?:^|[\s(,])(?:[DRI]|DFL)-$/.test(before) && isGnOnly(hit.candidates)) {
    const word = /(\p{Lu}[\p{L}]*)-$/u.exec(before)?.[1];
    if (!word || !(gazetteer.byName.has(nameKey(word)) || gazetteer.demonyms.has(nameKey(word))))
      return false;
  }
  // "John Smith, M.D.": the degree, not Maryland ("Md.").
  if (text.slice(hit.start, hit.end) === 'M.D.') return false;
  // "UN", "EU": short capitals are acronyms unless they are known short forms ("US", "UK").
  if (/^\p{Lu}{1,3}$/u.test(text.slice(hit.start, hit.end)) && !(key in SHORT_FORMS)) return false;
  // "America" is the United States, but not in "Latin America" or "Bank of America".
  if (key === 'america' && /(?:\b(?:North|South|Central|Latin|Middle)|\p{Lu}\p{L}* of) $/u.test(before))
    return false;
  if (surnames.has(key) && !LOCATIVE.test(before)) return false;
  if (MONTHS.has(key)) return followingName(text, hit.end, gazetteer) !== '';
  if (!COMMON_WORDS.has(key) && !PERSON_NAMES.has(key)) return true;
  if (hit.candidates.some((c) => datelineIds.has(c.id))) return true;
  return LOCATIVE.test(before) || followingName(text, hit.end, gazetteer) !== '';
}

export function findPlaces(text: string, gazetteer: Gazetteer, context: PlaceContext = {}): PlaceMention[] {
  const dateline = new Set(context.datelineIds ?? []);
  const found = findHits(text, gazetteer);
  const surnames = personSurnames(text, found);
  const hits = found.filter((h) => isPlausible(text, h, dateline, gazetteer, surnames));
  return resolveHits(text, hits, gazetteer, dateline);
}
