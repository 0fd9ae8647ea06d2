// Reads a date typed into the timeline's fields: the app's own form "14 Nov 2008" (any case, full
// or short month name) or ISO "2008-11-14". Anything incomplete or unreal gives null, so a
// half-typed year never becomes a window.
import { daysInMonth, parseIsoDay, toDayNumber } from '../dates';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})$/;

/** Day number of "14 Nov 2008", "14 november 2008" or "2008-11-14"; null when not a full real date. */
export function parseDayText(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  const iso = parseIsoDay(trimmed);
  if (iso !== null) return iso;
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (!match) return null;
  const name = match[2] ?? '';
  // "nov" and "november" name November; "novem" does not (a name is either short or whole).
  const month = MONTHS.findIndex((m) => name === m || name === m.slice(0, 3)) + 1;
  const year = Number(match[3]);
  const day = Number(match[1]);
  if (month < 1 || day < 1 || day > daysInMonth(year, month)) return null;
  return toDayNumber(year, month, day);
}
