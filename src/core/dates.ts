// Calendar dates as integer day numbers (days since 1970-01-01, UTC), and the precision rules:
// an event's interval is widened to its precision, so "August 2008" covers 1–31 August.
import type { EventTime, PartialDate } from './types';

export type DateForm = 'day' | 'month' | 'year';

export interface ParsedDate {
  readonly year: number;
  /** 1–12 when the form is `month` or `day`. */
  readonly month?: number;
  /** 1–31 when the form is `day`. */
  readonly day?: number;
  readonly form: DateForm;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Dates already parsed: a corpus or an import names the same few thousand days over and over (each
 * event's dates are parsed several times on the way in). Bounded; the results are frozen and shared.
 */
const parsedDates = new Map<string, ParsedDate | null>();
const MAX_PARSED_DATES = 20_000;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that names a real calendar date; otherwise null. */
export function parsePartialDate(text: PartialDate): ParsedDate | null {
  const known = parsedDates.get(text);
  if (known !== undefined) return known;
  const parsed = parseDateText(text);
  if (parsedDates.size >= MAX_PARSED_DATES) parsedDates.clear();
  parsedDates.set(text, parsed && Object.freeze(parsed));
  return parsed;
}

function parseDateText(text: string): ParsedDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, form: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, form: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, form: 'day' };
}

/** Day number of a calendar day (month 1–12). */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** YYYY-MM-DD of a day number. */
export function formatIsoDay(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of a full YYYY-MM-DD date, or null when it is not a real date. */
export function parseIsoDay(text: string): number | null {
  const parsed = parsePartialDate(text);
  if (parsed?.form !== 'day') return null;
  return toDayNumber(parsed.year, parsed.month ?? 1, parsed.day ?? 1);
}

/** First day covered by a partial date. */
export function firstDay(date: ParsedDate): number {
  return toDayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** Last day covered by a partial date: a month covers all its days, a year all its months. */
export function lastDay(date: ParsedDate): number {
  const month = date.month ?? 12;
  return toDayNumber(date.year, month, date.day ?? daysInMonth(date.year, month));
}

export interface DayInterval {
  /** First day, inclusive. */
  readonly start: number;
  /** Last day, inclusive. */
  readonly end: number;
}

/** The days an event's time covers, widened to its precision. Null when a date is not real. */
export function eventInterval(time: EventTime): DayInterval | null {
  const start = parsePartialDate(time.start);
  const end = parsePartialDate(time.end ?? time.start);
  if (!start || !end) return null;
  return { start: firstDay(start), end: lastDay(end) };
}

/** Inclusive overlap of an event's widened interval with a window of days. */
export function overlaps(interval: DayInterval, from: number, to: number): boolean {
  return interval.start <= to && interval.end >= from;
}

function formatPart(date: ParsedDate, long: boolean): string {
  if (date.form === 'year') return String(date.year);
  const month = (long ? MONTH_NAMES : MONTHS)[(date.month ?? 1) - 1] ?? '';
  if (date.form === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

function formatRange(start: ParsedDate, end: ParsedDate): string {
  if (start.form === 'day' && end.form === 'day' && start.year === end.year) {
    const endText = formatPart(end, false);
    if (start.month === end.month) return `${start.day}–${endText}`;
    return `${start.day} ${MONTHS[(start.month ?? 1) - 1]} – ${endText}`;
  }
  if (start.form === 'month' && end.form === 'month' && start.year === end.year) {
    return `${MONTHS[(start.month ?? 1) - 1]}–${MONTHS[(end.month ?? 1) - 1]} ${end.year}`;
  }
  return `${formatPart(start, false)} – ${formatPart(end, false)}`;
}

/**
 * Human date that keeps its precision: "14 Nov 2008", "August 2008", "2007", "c. Jun–Jul 2009".
 * An approximate time with a label is written as "c. <label>" unless the label already hedges.
 */
export function formatEventTime(time: EventTime): string {
  const start = parsePartialDate(time.start);
  const end = time.end === undefined ? null : parsePartialDate(time.end);
  if (!start) return time.start;
  const single = end === null || time.end === time.start;
  const text = single ? formatPart(start, start.form === 'month') : formatRange(start, end);
  if (time.precision !== 'approximate') return text;
  if (time.label) return time.label;
  return `c. ${text}`;
}
