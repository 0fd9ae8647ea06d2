// Place mentions: the longest gazetteer name at each capitalised word, resolved among its
// namesakes by population, the countries the article names, the dateline and nearby words.

import { type Gazetteer, type GazetteerPlace, nameKey } from '../gazetteer';
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
      if (demonym && (!candidates || candidates.every((c) => c.id.startsWith('gn-')))) {
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

/**
 * A GeoNames town name inside a longer capitalised name ("Barack Obama", "David Moore", "Lincoln
 * Memorial") is a person or an organisation, not a place. Our own curated places are exempt.
 */
/** Every candidate is a GeoNames town (not one of our curated places, a region or a demonym's country). */
const isGnOnly = (hit: Hit) => hit.candidates.every((c) => c.id.startsWith('gn-'));

/** Abbreviations that stay part of a place name with their dot ("St. Petersburg"). */
const ABBREVIATED = /^(?:St|Ste|Mt|Ft|Pt)$/;

/** Whether two words can be one name: a space or a hyphen between them, or an abbreviation's dot. */
function joins(text: string, previous: Token, next: Token): boolean {
  const gap = text.slice(previous.end, next.start);
  return /^[ -]$/.test(gap) || (gap === '. ' && ABBREVIATED.test(previous.text));
}

function isPartOfName(text: string, hit: Hit): boolean {
  if (!isGnOnly(hit)) return false;
  const before = /(\S+) $/.exec(text.slice(Math.max(0, hit.start - 30), hit.start))?.[1] ?? '';
  // "Ripley High School": a name goes on after it (up to four capitalised words are read). But
  // "Gainesville Police", "Winnipeg Free Press", "Gainesville Riding Club": a town's own
  // institutions, teams and papers name the town. After a possessive the words name another
  // thing: "Oxford's Crown Court" is in Oxford, but "Obama’s Ford Plant" belongs to a person, so a
  // possessive is read as the town's only for towns of 100,000 people or more.
  const possessive = /^['’]s /.test(text.slice(hit.end, hit.end + 3));
  const big = hit.candidates.some((c) => c.population >= BIG_TOWN);
  const rest = text.slice(hit.end + (possessive && big ? 2 : 0), hit.end + 60);
  const after = /^(?:['’]s)? ((?:\p{Lu}[\p{L}]+ ?){1,4})/u.exec(rest)?.[1]?.trim().split(' ') ?? [];
  if (possessive && big && after.length > 0) return capitalBefore(before);
  return capitalBefore(before) || (after.length > 0 && !after.some((w) => TOWN_INSTITUTIONS.has(w)));
}

/** Towns this large are read as the town before a possessive ("Gainesville’s VFW Post"). */
const BIG_TOWN = 100_000;

/**
 * Whether the word before a town's name makes it part of a longer name ("Rodeo Gainesville",
 * "St. Mary's"). Not a sentence word, a broadcaster's call sign ("CTV Winnipeg") or a part of
 * town ("Metro Nashville", "South Arlington").
 */
function capitalBefore(before: string): boolean {
  if (/^(?:St|Ste|Mt|Ft)\.$/.test(before)) return true;
  return (
    /^\p{Lu}[\p{L}]*$/u.test(before) &&
    !SENTENCE_WORDS.has(before) &&
    !PART_OF_TOWN.has(before) &&
    !/^\p{Lu}{2,5}$/u.test(before)
  );
}

/** Words after a town's name that make it the town's institution, team or paper. */
const TOWN_INSTITUTIONS: ReadonlySet<string> = new Set(
  'Police Public City Council Schools School Zoo Film Fire Sheriff Department Chamber Board Hospital Airport Area Mayor Commonwealth Market Library Museum Symphony Regional Municipal Township Village Town Parks Utilities Water Housing Community Transit Times Post Herald News Tribune Journal Gazette Star Press Daily Record Register Chronicle Observer Courier Free Planning Region Metro Downtown Animal Humane Convention Visitors Civic Historical Neighbors Harbor Port Club Services Court Mosque Church Cathedral Association Commission Society Center Centre Authority District Clinic Office Station Committee Foundation Arena Stadium Theatre Theater Cemetery Jail Prison'.split(
    ' ',
  ),
);
/** Capitalised words before a town's name that name a part of it or its area. */
const PART_OF_TOWN: ReadonlySet<string> = new Set(
  'North South East West Northern Southern Eastern Western Central Metro Downtown Greater Suburban Rural Old Uptown Midtown'.split(
    ' ',
  ),
);

/**
 * Capitalised words that start sentences and are neither names nor part of one ("When Alexandria
 * police found…"): the town after them is a place, not a surname or part of a longer name.
 */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  'The A An In At On For From To By With When While After Before Since Until As If But And Or So Yet Then Now Also Meanwhile This That These Those Both Each Every All Many Most Some Several Last Next Once Though Although Because Unlike Like Across Near Outside Inside Throughout Under Over'.split(
    ' ',
  ),
);

const FIRST_NAME_BEFORE = /[a-z,;:.”"] \p{Lu}\p{Ll}+ (?:\p{Lu}\. )?$/u;
const PLACE_WORD_BEFORE =
  /\b(?:The|A|An|In|At|From|To|Of|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Metro|Metropolitan|Downtown|Old|New|Fort|Port|Saint|St\.|Mount|Mt\.|Lake|San|Santa|Los|Las|El|La) (?:\p{Lu}\. )?$/u;

/**
 * GeoNames town names the article uses as a person's surname ("Andrew Trapani", "Matthew D.
 * Flores"): later on their own ("Trapani said") they are that person too, unless a locative cue
 * says otherwise ("in Trapani"). Our own curated places are never taken for surnames.
 */
function personSurnames(text: string, hits: readonly Hit[]): Set<string> {
  const out = new Set<string>();
  for (const hit of hits) {
    if (!hit.candidates.every((c) => c.id.startsWith('gn-'))) continue;
    const before = text.slice(Math.max(0, hit.start - 40), hit.start);
    // A first name (after a word, a comma or a full stop; not a place word), maybe an initial, and
    // nothing capitalised after ("Rodeo Gainesville Riding Club", a title-case headline).
    const after = text.slice(hit.end, hit.end + 2);
    const word = /(\p{Lu}\p{Ll}+) (?:\p{Lu}\. )?$/u.exec(before)?.[1] ?? '';
    if (
      FIRST_NAME_BEFORE.test(before) &&
      !PLACE_WORD_BEFORE.test(before) &&
      !SENTENCE_WORDS.has(word) &&
      !/^ \p{Lu}/u.test(after)
    )
      out.add(nameKey(text.slice(hit.start, hit.end)));
  }
  return out;
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
  if (/\p{L}-$/u.test(before) && !/(?:^|[\s(,])(?:[DRI]|DFL)-$/.test(before) && isGnOnly(hit)) {
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
