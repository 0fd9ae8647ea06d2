// Is a town's name here the town, or part of a longer name? A GeoNames town name inside a person's or
// an organisation's name ("Barack Obama", "Ripley High School") is not a place; its own institutions
// ("Gainesville Police"), a part of town ("South Arlington") or a broadcaster ("CTV Winnipeg") are.
// Our own curated places are never read as part of a name.

import { type GazetteerPlace, nameKey } from '../gazetteer';
import type { Hit } from './resolve';

/** Every candidate is a GeoNames town (not one of our curated places, a region or a demonym's country). */
export const isGnOnly = (candidates: readonly GazetteerPlace[]) =>
  candidates.every((c) => c.id.startsWith('gn-'));

/** Abbreviations that stay part of a place name with their dot ("St. Petersburg", "St. Mary's"). */
export const ABBREVIATED = /^(?:St|Ste|Mt|Ft|Pt)$/;

/**
 * A GeoNames town name inside a longer capitalised name ("Barack Obama", "David Moore", "Lincoln
 * Memorial") is a person or an organisation, not a place. Our own curated places are exempt.
 */
export function isPartOfName(text: string, hit: Hit): boolean {
  if (!isGnOnly(hit.candidates)) return false;
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
  if (before.endsWith('.') && ABBREVIATED.test(before.slice(0, -1))) return true;
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
export function personSurnames(text: string, hits: readonly Hit[]): Set<string> {
  const out = new Set<string>();
  for (const hit of hits) {
    if (!isGnOnly(hit.candidates)) continue;
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
