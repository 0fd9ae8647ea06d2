// US towns under 15,000 people are in the gazetteer for local news ("Chiefland", "Grand Ledge"),
// but their names are often common words ("Many", "Early", "Christmas"), so one is a candidate only
// with support: ", State" right after it, or in the article's home state (or a state it names)
// with a locative cue before it ("in Chiefland") or another place of the article near it.

import { type GazetteerPlace, nameKey } from '../gazetteer';
import type { Hit } from './resolve';
import { LOCATIVE } from './text';

/** GeoNames towns below this population need support. */
export const SMALL_TOWN = 15_000;

/** Names that are institutions or words first, whatever small town shares them. */
const NOT_TOWNS: ReadonlySet<string> = new Set(
  'white house|congress|capitol|pentagon|supreme court|earth|heaven|christmas|easter|god|home|parkway'.split(
    '|',
  ),
);

export interface SmallTownContext {
  readonly text: string;
  /** The article's home US state id, or ''. */
  readonly state: string;
  /** Ids the article names without doubt. */
  readonly named: ReadonlySet<string>;
  /** Place id → other names of the article with a namesake near it (proximity.ts). */
  readonly near: ReadonlyMap<string, number>;
}

export const isSmallTown = (p: GazetteerPlace): boolean =>
  p.id.startsWith('gn-') && p.population < SMALL_TOWN;

export function isSmallTownSupported(
  p: GazetteerPlace,
  hit: Hit,
  next: readonly string[],
  c: SmallTownContext,
): boolean {
  if (p.admin === '') return false;
  if (next.includes(p.admin)) return true;
  if (NOT_TOWNS.has(nameKey(c.text.slice(hit.start, hit.end)))) return false;
  if (p.admin !== c.state && !c.named.has(p.admin)) return false;
  return LOCATIVE.test(c.text.slice(Math.max(0, hit.start - 30), hit.start)) || (c.near.get(p.id) ?? 0) > 0;
}
