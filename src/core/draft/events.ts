// Draft events: one per sentence that reports a happening (a meeting, a threat, a deployment, a
// proposal, a withdrawal) and names a place; merged with a dataset event that shares its place,
// an overlapping date and an actor.

import { sentences, type Token } from './text';
import type { ActorMention, DateMention, DraftEvent, DraftPlace, PlaceMention } from './types';

const TRIGGER =
  /\b(summit|meeting|met|talks|visit(?:ed)?|threat(?:en(?:ed)?)?|deploy(?:ed|ment)?|propos(?:ed|al)|withdr[ae]w(?:al|n)?|retreat(?:ed)?|sign(?:ed)?|attack(?:ed)?|invad(?:ed|e)|elect(?:ed|ion)|vote[ds]?|agree(?:d|ment))\b/i;
const MAX_TITLE_WORDS = 12;

export interface KnownEvent {
  readonly id: string;
  readonly places: readonly string[];
  readonly start: string;
  readonly end: string;
  readonly actors: readonly string[];
}

export interface TopicHint {
  readonly id: string;
  /** Lower-case words whose presence in the evidence suggests the topic. */
  readonly words: readonly string[];
}

export interface EventInput {
  readonly places: readonly PlaceMention[];
  readonly dates: readonly DateMention[];
  readonly actors: readonly ActorMention[];
  readonly venueId: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly headline: string | null;
  readonly known: readonly KnownEvent[];
  readonly topics: readonly TopicHint[];
}

const inside = (s: Token) => (x: { start: number }) => x.start >= s.start && x.start < s.end;

function titleOf(sentence: string): string {
  const words = sentence.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim().split(' ');
  const cut = words.slice(0, MAX_TITLE_WORDS).join(' ');
  return cut.replace(/[,;:.]+$/, '');
}

export function draftEvents(text: string, input: EventInput): DraftEvent[] {
  const events: DraftEvent[] = [];
  const seen = new Set<string>();
  for (const s of sentences(text)) {
    const trigger = TRIGGER.exec(s.text);
    // A continent ("missile defence in Europe") is a mention to review, not where an event is.
    const places = input.places.filter((p) => inside(s)(p) && !p.adjectival && p.country !== '');
    if (!trigger || places.length === 0) continue;
    const kind = (trigger[1] as string).toLowerCase().slice(0, 5);
    const key = `${kind}:${places.map((p) => p.placeId).join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const date = input.dates.find(inside(s));
    const actors = [...new Set(input.actors.filter(inside(s)).map((a) => a.actorId))];
    const roles: DraftPlace[] = [...new Set(places.map((p) => p.placeId))].map((placeId, i) => ({
      placeId,
      role:
        placeId === input.venueId || (i === 0 && /\b(in|at)\s*$/.test(text.slice(0, places[0]?.start)))
          ? 'venue'
          : i === 0
            ? 'subject'
            : 'target',
    }));
    const start = date?.start_date ?? input.published ?? null;
    const end = date?.end_date ?? start;
    const lower = s.text.toLowerCase();
    const merge = input.known.find(
      (k) =>
        roles.some((r) => k.places.includes(r.placeId)) &&
        start !== null &&
        end !== null &&
        k.start <= end &&
        start <= k.end &&
        actors.some((a) => k.actors.includes(a)),
    );
    events.push({
      title: titleOf(s.text),
      places: roles,
      date: start && end ? { start, end, precision: date?.precision ?? 'day' } : null,
      status: date?.status ?? 'happened',
      actors,
      topics: input.topics.filter((t) => t.words.some((w) => lower.includes(w))).map((t) => t.id),
      evidence: { text: s.text, start: s.start, end: s.end },
      source: { outlet: input.outlet, headline: input.headline, published: input.published },
      mergeWith: merge?.id ?? null,
    });
  }
  return events;
}
