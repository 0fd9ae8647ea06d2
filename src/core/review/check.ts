// What keeps a reviewed draft out of the dataset, field by field, checked before anything is written
// (the corpus loader would otherwise drop the record when the dataset is next opened).
import { parsePartialDate } from '../dates';
import type { DraftProblem, ReviewDraft, ReviewSource } from './types';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date written the way its precision needs (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY). */
function dateProblem(text: string, precision: ReviewDraft['time']['precision']): string | null {
  const parsed = parsePartialDate(text);
  if (!parsed || parsed.year < 1000) return `"${text}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`;
  if (precision !== 'approximate' && parsed.form !== precision)
    return `"${text}" does not match the precision ${precision} (${precision === 'day' ? 'YYYY-MM-DD' : precision === 'month' ? 'YYYY-MM' : 'YYYY'})`;
  return null;
}

export function checkDraft(d: ReviewDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (field: string, message: string) => problems.push({ draft: d.key, field, message });
  if (d.decision === 'merged') {
    if (!d.mergeWith) add('decision', 'there is no existing event to merge with');
    return problems;
  }
  if (d.title.trim() === '') add('title', 'the title is empty');
  const start = dateProblem(d.time.start, d.time.precision);
  if (start) add('time.start', start);
  if (d.time.end !== '') {
    const end = dateProblem(d.time.end, d.time.precision);
    if (end) add('time.end', end);
    else if (!start && d.time.end < d.time.start) add('time.end', 'the end is before the start');
  }
  if (d.places.length === 0) add('places', 'choose at least one place');
  if (d.topics.length === 0) add('topics', 'choose at least one topic');
  if (d.quote && d.quote.speaker === '') add('quote.speaker', 'choose who said the quote');
  return problems;
}

export function checkSource(s: ReviewSource): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (field: string, message: string) => problems.push({ draft: 'source', field, message });
  if (s.outlet.trim() === '') add('outlet', 'the outlet is empty');
  if (s.headline.trim() === '') add('headline', 'the headline is empty');
  if (!FULL_DAY.test(s.published) || !parsePartialDate(s.published))
    add('published', 'the publication date must be a day, YYYY-MM-DD');
  if (s.url !== '' && !/^https?:\/\/[^\s/]+/.test(s.url))
    add('url', 'the address must start with http:// or https://');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s.language))
    add('language', 'the language must be a tag such as "en"');
  return problems;
}

/** Every problem of the drafts that would be written (accepted or merged), and of the source. */
export function checkReview(source: ReviewSource, drafts: readonly ReviewDraft[]): DraftProblem[] {
  const chosen = drafts.filter((d) => d.decision === 'accepted' || d.decision === 'merged');
  return [...checkSource(source), ...chosen.flatMap(checkDraft)];
}
