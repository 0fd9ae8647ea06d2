// Calendar stepping for playback and the step ±1 buttons. A window is first widened to whole bins
// of `unit` (a month window is 1st..last day), then moved by whole bins, so steps never drift:
// 1–31 Dec, 1–31 Jan, 1–28 Feb, … and an event on the 1st stays inside its month.
import { type BinUnit, binStart, nextBinStart, shiftByBins } from './bins';
import type { DayRange, PlaybackMode } from './window';

/** The window widened to whole bins: from the first day of its first bin to the last day of its last. */
export function alignToBins(window: DayRange, unit: BinUnit): DayRange {
  return { from: binStart(window.from, unit), to: nextBinStart(window.to, unit) - 1 };
}

/** How many bins of `unit` an aligned window covers (at least 1). */
export function countBins(window: DayRange, unit: BinUnit): number {
  let count = 0;
  for (let day = window.from; day <= window.to; day = nextBinStart(day, unit)) count++;
  return Math.max(1, count);
}

/**
 * The window moved by `delta` bins (±1 for a step), or null when the result would leave `bounds`
 * entirely. `window` mode keeps the number of bins; `cumulative` keeps the start at `anchorStart`
 * and moves only the end (never before the anchor's bin).
 */
export function stepCalendar(
  window: DayRange,
  unit: BinUnit,
  delta: number,
  mode: PlaybackMode,
  bounds: DayRange,
  anchorStart: number = window.from,
): DayRange | null {
  const aligned = alignToBins(window, unit);
  if (mode === 'cumulative') {
    const from = binStart(anchorStart, unit);
    const to = shiftByBins(aligned.to + 1, unit, delta) - 1;
    if (to < from || (delta > 0 && aligned.to >= bounds.to)) return null;
    return { from, to };
  }
  const bins = countBins(aligned, unit);
  const from = shiftByBins(aligned.from, unit, delta);
  const to = shiftByBins(from, unit, bins) - 1;
  if (from > bounds.to || to < bounds.from) return null;
  return { from, to };
}

/** The first window of a loop: `bins` bins of `unit` from the start of the bounds. */
export function firstWindow(bounds: DayRange, unit: BinUnit, bins: number, mode: PlaybackMode): DayRange {
  const from = binStart(bounds.from, unit);
  return { from, to: shiftByBins(from, unit, mode === 'cumulative' ? 1 : bins) - 1 };
}
