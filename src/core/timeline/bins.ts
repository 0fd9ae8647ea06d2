// Calendar bins for the timeline: a unit chosen from the visible span, and bin edges that fall on
// calendar boundaries (weeks start on Monday, months on the 1st, years on 1 January).
import { fromDayNumber, toDayNumber } from '../dates';

export const BIN_UNITS = ['day', 'week', 'month', 'year'] as const;
export type BinUnit = (typeof BIN_UNITS)[number];

/** Most bins a span may give before the next coarser unit is used; the coarser one then gives ≥ ~17. */
export const MAX_BINS = 120;

/** Mean length of each unit in days (Gregorian), only for choosing a unit. */
const UNIT_DAYS: Record<BinUnit, number> = { day: 1, week: 7, month: 30.436875, year: 365.2425 };

/** Day number 4 (1970-01-05) was a Monday; ISO weeks start on Monday. */
const A_MONDAY = 4;

/**
 * The finest unit that shows `spanDays` in at most `maxBins` bins (MAX_BINS, roughly 20–120 bins,
 * unless a narrow chart asks for fewer so that each bar stays wide enough to tap).
 */
export function chooseBinUnit(spanDays: number, maxBins: number = MAX_BINS): BinUnit {
  const limit = Math.min(MAX_BINS, maxBins);
  for (const unit of BIN_UNITS) if (spanDays / UNIT_DAYS[unit] <= limit) return unit;
  return 'year';
}

/** First day of the bin that holds `day`. */
export function binStart(day: number, unit: BinUnit): number {
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return day - ((((day - A_MONDAY) % 7) + 7) % 7);
    case 'month': {
      const { year, month } = fromDayNumber(day);
      return toDayNumber(year, month, 1);
    }
    case 'year':
      return toDayNumber(fromDayNumber(day).year, 1, 1);
  }
}

/** First day of the bin after the one that holds `day`. */
export function nextBinStart(day: number, unit: BinUnit): number {
  switch (unit) {
    case 'day':
      return day + 1;
    case 'week':
      return binStart(day, 'week') + 7;
    case 'month': {
      const { year, month } = fromDayNumber(day);
      return toDayNumber(year, month + 1, 1); // Date.UTC carries month 13 into January
    }
    case 'year':
      return toDayNumber(fromDayNumber(day).year + 1, 1, 1);
  }
}

/**
 * Moves a bin edge (a bin's first day) by `bins` whole bins. An edge that is not on a bin boundary
 * first snaps to the boundary in the direction of travel, which counts as one step.
 */
export function shiftByBins(edge: number, unit: BinUnit, bins: number): number {
  let day = edge;
  for (let k = 0; k < bins; k++) day = nextBinStart(day, unit);
  for (let k = 0; k > bins; k--) {
    const start = binStart(day, unit);
    day = start < day ? start : binStart(day - 1, unit);
  }
  return day;
}

/**
 * Bin edges covering [fromDay, toDay] (inclusive days): the start of every bin, then the day after
 * the last bin. So bin k holds days edges[k] .. edges[k+1] − 1, and there are edges.length − 1 bins.
 */
export function binEdges(fromDay: number, toDay: number, unit: BinUnit): Int32Array {
  const edges: number[] = [binStart(fromDay, unit)];
  let day = edges[0] ?? fromDay;
  do {
    day = nextBinStart(day, unit);
    edges.push(day);
  } while (day <= toDay);
  return Int32Array.from(edges);
}

/** Bin k with edges[k] <= day < edges[k+1]; −1 when the day lies outside the edges. */
export function binIndex(edges: Int32Array, day: number): number {
  const last = edges.length - 1;
  if (last < 1 || day < (edges[0] ?? 0) || day >= (edges[last] ?? 0)) return -1;
  let lo = 0;
  let hi = last - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((edges[mid] ?? 0) <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Days from `day` to the next bin boundary after it: a whole bin when `day` is itself a boundary. */
export function daysToNextEdge(day: number, unit: BinUnit): number {
  return nextBinStart(day, unit) - day;
}
