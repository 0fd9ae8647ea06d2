// The drafter's output (src/core/draft) as drafts to review: dates in the corpus's precisions,
// statuses in its words, the quote of the draft's sentence with its speaker.
import type { DateMention, Draft, DraftEvent, Quote } from '../draft';
import type { PlaceRole, Status } from '../types';
import type { ReviewActor, ReviewDraft, ReviewQuote, ReviewTime } from './types';

const STATUS: Readonly<Record<DateMention['status'], Status>> = {
  happened: 'occurred',
  planned: 'planned',
  proposed: 'proposed',
  threatened: 'threatened',
};

const isMonthStart = (day: string) => day.endsWith('-01');
const isMonthEnd = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
};

/** A drafted date (full days with a precision) in the corpus's terms. */
export function reviewTime(date: DraftEvent['date'], published: string | null): ReviewTime {
  if (!date) return { start: published ?? '', end: '', precision: 'day' };
  const { start, end, precision } = date;
  const months = isMonthStart(start) && isMonthEnd(end);
  switch (precision) {
    case 'day':
      return { start, end: end === start ? '' : end, precision: 'day' };
    case 'month':
      return {
        start: start.slice(0, 7),
        end: end.slice(0, 7) === start.slice(0, 7) ? '' : end.slice(0, 7),
        precision: 'month',
      };
    case 'year':
      return {
        start: start.slice(0, 4),
        end: end.slice(0, 4) === start.slice(0, 4) ? '' : end.slice(0, 4),
        precision: 'year',
      };
    default:
      // A season or a range ("June or July", "mid-2009"): approximate, in whole months when it is months.
      return months
        ? { start: start.slice(0, 7), end: end.slice(0, 7), precision: 'approximate' }
        : { start, end, precision: 'approximate' };
  }
}

/** "“We will see,”" → "We will see". */
export function quoteWords(text: string): string {
  return text
    .replace(/^[\s“"‘']+|[\s”"’']+$/g, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
}

/** The speaker's actor id: the named actor whose name is the speaker or ends with its last word. */
function speakerId(quote: Quote, actors: readonly ReviewActor[]): string | null {
  if (!quote.speaker) return null;
  const last = quote.speaker.split(' ').at(-1) ?? quote.speaker;
  const found =
    actors.find((a) => a.name === quote.speaker) ??
    actors.find((a) => a.kind === 'person' && a.name.split(' ').at(-1) === last);
  return found?.id ?? null;
}

export function reviewQuote(quote: Quote, actors: readonly ReviewActor[]): ReviewQuote {
  return { text: quoteWords(quote.text), speaker: speakerId(quote, actors) ?? '' };
}

/** The article's actors, one per id, in reading order. */
export function reviewActors(draft: Draft): ReviewActor[] {
  const seen = new Map<string, ReviewActor>();
  for (const a of draft.actors)
    if (!seen.has(a.actorId))
      seen.set(a.actorId, { id: a.actorId, name: a.name, kind: a.kind, known: a.known });
  return [...seen.values()];
}

export function reviewDrafts(draft: Draft): ReviewDraft[] {
  const actors = reviewActors(draft);
  return draft.events.map((e, i) => {
    const quote = draft.quotes.find((q) => q.start >= e.evidence.start && q.start < e.evidence.end);
    return {
      key: `d${i}`,
      title: e.title,
      summary: '',
      time: reviewTime(e.date, draft.published),
      status: STATUS[e.status],
      places: e.places.map((p) => ({ placeId: p.placeId, role: p.role as PlaceRole })),
      actors: [...e.actors],
      topics: [...e.topics],
      quote: quote ? reviewQuote(quote, actors) : null,
      evidence: e.evidence,
      mergeWith: e.mergeWith,
      decision: 'pending',
    };
  });
}
