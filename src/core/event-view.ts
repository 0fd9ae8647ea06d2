// What the details popup and the list show about an event, resolved from ids (pure).

import { preparedAggregation } from './aggregate';
import { formatEventTime } from './dates';
import type { CorpusModel } from './model';
import { type NewsEvent, type PlaceRole, RELATION_TYPES, type RelationType, type Status } from './types';

export const STATUS_LABELS: Record<Status, string> = {
  occurred: 'occurred',
  announced: 'announced',
  threatened: 'threatened',
  planned: 'planned',
  proposed: 'proposed',
};

export const ROLE_LABELS: Record<PlaceRole, string> = {
  venue: 'venue',
  subject: 'subject',
  target: 'target',
  origin: 'origin',
};

export const RELATION_LABELS: Record<RelationType, string> = {
  'response-to': 'response to',
  'follow-up-of': 'follow-up of',
  'discussed-at': 'discussed at',
  'part-of': 'part of',
  'cause-of': 'cause of',
};

/** Which way a relation points, seen from the event whose details are open. */
export type RelationDirection = 'outgoing' | 'incoming';

/**
 * How the details introduce a related event, per relation kind and direction. Outgoing: this event
 * names the other (`{ event: other, type }`); incoming: the other names this one. Each phrase reads
 * before the other event's title: "In response to: US plans a shield", "Answered by: Medvedev threatens…".
 */
export const RELATION_PHRASES: Record<RelationType, Record<RelationDirection, string>> = {
  'response-to': { outgoing: 'In response to', incoming: 'Answered by' },
  'follow-up-of': { outgoing: 'Follows up on', incoming: 'Followed up by' },
  'discussed-at': { outgoing: 'Discussed at', incoming: 'Discussed here' },
  'part-of': { outgoing: 'Part of', incoming: 'Includes' },
  'cause-of': { outgoing: 'Led to', incoming: 'Caused by' },
};

/** "In response to: US plans a shield": the phrase, then the other event's title. */
export function relationSentence(type: RelationType, direction: RelationDirection, other: string): string {
  return `${RELATION_PHRASES[type][direction]}: ${other}`;
}

/** "14 Nov 2008", "August 2008", "mid-2009 · proposed": the status is shown unless it simply occurred. */
export function dateLine(event: NewsEvent): string {
  const date = formatEventTime(event.time);
  // A label such as "still planned in November 2008" may already say it.
  const said = event.time.label?.includes(STATUS_LABELS[event.status]) ?? false;
  return event.status === 'occurred' || said ? date : `${date} · ${STATUS_LABELS[event.status]}`;
}

/** Only http(s) links are ever rendered as links. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function placeNames(model: CorpusModel, event: NewsEvent): string {
  return event.places.map((p) => model.places.get(p.place)?.name ?? p.place).join(', ');
}

/**
 * Events that relate to this one (incoming), with how they relate, in date order. Read from the map's
 * relation lists (typed arrays), not from every event: a large dataset's events are read only when shown.
 */
export function incomingRelations(
  model: CorpusModel,
  event: NewsEvent,
): { from: NewsEvent; type: RelationType }[] {
  const { positionOf, relOffset, relTarget, relType } = preparedAggregation(model);
  const target = positionOf.get(event.id);
  const out: { from: NewsEvent; type: RelationType }[] = [];
  if (target === undefined) return out;
  // relOffset ascends: the event a relation belongs to is found by walking it once, alongside.
  let from = 0;
  for (let k = 0; k < relTarget.length; k++) {
    if (relTarget[k] !== target) continue;
    while ((relOffset[from + 1] ?? Number.POSITIVE_INFINITY) <= k) from++;
    const other = model.index.events[from];
    const type = RELATION_TYPES[relType[k] ?? -1];
    if (other && type) out.push({ from: other, type });
  }
  return out;
}
