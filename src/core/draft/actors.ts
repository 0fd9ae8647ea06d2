// Actors: titled people ("President Dmitry Medvedev", later "Mr. Medvedev", "the Russian
// leader") and organisations (NATO, OSCE, the EU, G20), matched against the dataset's actors and
// a maintained alias list; an unknown name is proposed as a new actor.

import { nameKey } from '../gazetteer';
import { slugify } from '../slug';
import type { ActorMention } from './types';

export interface KnownActor {
  readonly id: string;
  readonly name: string;
  /** Place id of the actor's country, used for "the Russian leader". */
  readonly country?: string;
}

/** Organisations and their usual short forms: [id, name, ...aliases]. */
export const ORGANISATIONS: readonly (readonly string[])[] = [
  ['nato', 'NATO', 'North Atlantic Treaty Organization', 'Atlantic alliance'],
  [
    'osce',
    'OSCE',
    'Organization for Security and Cooperation in Europe',
    'Organization for Security and Co-operation in Europe',
  ],
  ['european-union', 'European Union', 'EU', 'E.U.'],
  ['g20', 'G20', 'G-20', 'Group of 20'],
  ['united-nations', 'United Nations', 'UN', 'U.N.'],
  ['un-security-council', 'UN Security Council', 'Security Council'],
  ['kremlin', 'Kremlin'],
];

const TITLES =
  'President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Minister|Chancellor|Secretary of State|Secretary-General|Secretary General|Secretary|King|Queen|Senator|Gov\\.|Governor|General|Gen\\.|Ambassador|Mr\\.|Mrs\\.|Ms\\.|Dr\\.';
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s(?:\\p{Lu}\\.\\s)?\\p{Lu}[\\p{L}'’-]+){0,2}";
const TITLED = new RegExp(`\\b(?:${TITLES})\\s(${NAME})`, 'gu');
const LEADER = /\b[Tt]he (\p{Lu}\p{L}+) (?:leader|president|prime minister|premier)\b/gu;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per organisation form, compiled once: [id, name, pattern]. */
const ORGANISATION_PATTERNS = ORGANISATIONS.flatMap(([id, name, ...aliases]) =>
  [name as string, ...aliases].map(
    (form) =>
      [
        id as string,
        name as string,
        new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(form)}(?![\\p{L}\\d])`, 'gu'),
      ] as const,
  ),
);

interface Person {
  id: string;
  name: string;
  country: string | undefined;
  known: boolean;
}

function matchKnown(name: string, known: readonly KnownActor[]): KnownActor | undefined {
  const key = nameKey(name);
  const last = key.split(' ').at(-1) ?? key;
  return (
    known.find((a) => nameKey(a.name) === key) ??
    known.find((a) => nameKey(a.name).split(' ').at(-1) === last)
  );
}

export function findActors(
  text: string,
  known: readonly KnownActor[],
  countryOfDemonym: (word: string) => string | undefined,
): ActorMention[] {
  const out: ActorMention[] = [];
  const people: Person[] = [];
  const personFor = (name: string): Person => {
    const last = nameKey(name).split(' ').at(-1) ?? '';
    const seen = people.find((p) => nameKey(p.name).split(' ').at(-1) === last);
    if (seen) return seen;
    const match = matchKnown(name, known);
    const person = match
      ? { id: match.id, name: match.name, country: match.country, known: true }
      : { id: slugify(name), name, country: undefined, known: false };
    people.push(person);
    return person;
  };
  const mentions: { start: number; end: number; person: Person }[] = [];
  for (const m of text.matchAll(TITLED)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length;
    mentions.push({ start, end: start + name.length, person: personFor(name) });
  }
  for (const m of text.matchAll(LEADER)) {
    const country = countryOfDemonym(m[1] as string);
    const before = mentions.filter((x) => x.start < m.index && x.person.country === country);
    const person = before.at(-1)?.person;
    if (person) mentions.push({ start: m.index, end: m.index + m[0].length, person });
  }
  for (const { start, end, person } of mentions) {
    out.push({
      text: text.slice(start, end),
      start,
      end,
      actorId: person.id,
      name: person.name,
      kind: 'person',
      known: person.known,
    });
  }
  for (const [id, name, re] of ORGANISATION_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (out.some((o) => m.index < o.end && m.index + m[0].length > o.start)) continue;
      const knownOrg = known.find((a) => a.id === id || nameKey(a.name) === nameKey(name));
      out.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        actorId: knownOrg?.id ?? id,
        name: knownOrg?.name ?? name,
        kind: 'organisation',
        known: knownOrg !== undefined,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
