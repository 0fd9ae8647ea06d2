// Pure helpers for the timeline brush, the visible domain and playback. Every range here is a pair
// of inclusive day numbers; `bounds` is the range the result must stay inside.
import { type BinUnit, binStart, nextBinStart } from './bins';

export interface DayRange {
  /** First day, inclusive. */
  readonly from: number;
  /** Last day, inclusive. */
  readonly to: number;
}

export type PlaybackMode = 'window' | 'cumulative';

/** Narrowest visible domain, in days, so zooming in stops at about two weeks of day bins. */
export const MIN_DOMAIN_DAYS = 14;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** Days in a range, counting both ends. */
export function rangeDays(range: DayRange): number {
  return range.to - range.from + 1;
}

/** The range with its ends in order and inside bounds. */
export function clampWindow(window: DayRange, bounds: DayRange): DayRange {
  const from = clamp(Math.min(window.from, window.to), bounds.from, bounds.to);
  const to = clamp(Math.max(window.from, window.to), bounds.from, bounds.to);
  return { from, to };
}

/** The window moved by deltaDays, keeping its length, stopped at the bounds. */
export function panWindow(window: DayRange, deltaDays: number, bounds: DayRange): DayRange {
  const length = window.to - window.from;
  if (length >= bounds.to - bounds.from) return { from: bounds.from, to: bounds.to };
  const from = clamp(window.from + Math.round(deltaDays), bounds.from, bounds.to - length);
  return { from, to: from + length };
}

/**
 * The domain scaled by `factor` (< 1 zooms in) so that centerDay stays where it was on screen;
 * at least minDays wide, at most the bounds.
 */
export function zoomDomain(
  domain: DayRange,
  factor: number,
  centerDay: number,
  bounds: DayRange,
  minDays: number = MIN_DOMAIN_DAYS,
): DayRange {
  const span = rangeDays(domain);
  const maxSpan = rangeDays(bounds);
  const next = Math.round(clamp(span * factor, Math.min(minDays, maxSpan), maxSpan));
  const ratio = clamp((centerDay - domain.from) / span, 0, 1);
  const from = Math.round(centerDay - ratio * next);
  return panWindow({ from, to: from + next - 1 }, 0, bounds);
}

/** The domain shifted as little as possible so the window shows in it (its start when it is wider). */
export function revealWindow(domain: DayRange, window: DayRange, bounds: DayRange): DayRange {
  if (window.from < domain.from || rangeDays(window) > rangeDays(domain)) {
    return panWindow(domain, window.from - domain.from, bounds);
  }
  if (window.to > domain.to) return panWindow(domain, window.to - domain.to, bounds);
  return domain;
}

/**
 * The next playback window, or null once the window has reached the end of the bounds.
 * `window` slides the whole window by stepDays; `cumulative` keeps the start at anchorStart and
 * moves the end. The last step is shortened so it ends exactly at bounds.to.
 */
export function stepPlayback(
  window: DayRange,
  mode: PlaybackMode,
  stepDays: number,
  bounds: DayRange,
  anchorStart: number,
): DayRange | null {
  if (window.to >= bounds.to) return null;
  const to = Math.min(window.to + Math.max(1, stepDays), bounds.to);
  const from = mode === 'window' ? window.from + (to - window.to) : Math.min(anchorStart, to);
  return { from, to };
}

/**
 * Where playback begins: the current window unless there is none or it already touches the end,
 * in which case it rewinds to the start of the bounds (keeping a sliding window's length, or one
 * bin of `unit` when the window was the whole range).
 */
export function startPlayback(
  window: DayRange | null,
  mode: PlaybackMode,
  bounds: DayRange,
  unit: BinUnit,
): DayRange {
  if (window && window.to < bounds.to) return window;
  const firstBin = { from: bounds.from, to: Math.min(nextBinStart(bounds.from, unit) - 1, bounds.to) };
  if (mode === 'cumulative' || !window || window.from <= bounds.from) return firstBin;
  return { from: bounds.from, to: bounds.from + (window.to - window.from) };
}

/**
 * The bin boundary nearest to `day`. For side `start` that is a bin's first day; for side `end` it
 * is a bin's last day (the day before a boundary), so a window [start, end] covers whole bins.
 */
export function snapToBin(day: number, unit: BinUnit, side: 'start' | 'end'): number {
  const edge = side === 'start' ? day : day + 1;
  const before = binStart(edge, unit);
  const after = nextBinStart(edge, unit);
  const nearest = edge - before <= after - edge ? before : after;
  return side === 'start' ? nearest : nearest - 1;
}
