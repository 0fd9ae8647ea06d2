// Playback: every `stepMs` the window moves on by one calendar bin (from wherever it is now, so a
// drag during playback is respected). At the end it loops back to the first bin when `loop` is on,
// otherwise playback stops.
import { useEffect, useRef } from 'react';
import {
  type BinUnit,
  countBins,
  type DayRange,
  firstWindow,
  type PlaybackMode,
  stepCalendar,
} from '../core/timeline';

interface PlaybackInput {
  readonly play: PlaybackMode | null;
  /** Milliseconds between steps. */
  readonly stepMs: number;
  /** The current window (the whole range when none is selected). */
  readonly window: DayRange;
  readonly bounds: DayRange;
  readonly unit: BinUnit;
  readonly loop: boolean;
  onStep(next: DayRange): void;
  onEnd(): void;
}

/** The window after one playback step, the loop's first window at the end, or null to stop. */
export function nextPlaybackWindow(
  input: Pick<PlaybackInput, 'window' | 'bounds' | 'unit' | 'loop'>,
  mode: PlaybackMode,
): DayRange | null {
  const { window, bounds, unit, loop } = input;
  const atEnd = window.to >= bounds.to;
  const next = atEnd ? null : stepCalendar(window, unit, 1, mode, bounds);
  if (next || !loop) return next;
  return firstWindow(bounds, unit, countBins(window, unit), mode);
}

export function usePlayback(input: PlaybackInput): void {
  // The interval reads the newest props through this ref instead of restarting on every step.
  const latest = useRef(input);
  useEffect(function keepLatest() {
    latest.current = input;
  });

  const { play, stepMs } = input;
  useEffect(
    function runPlayback() {
      if (play === null) return;
      const timer = setInterval(function step() {
        const current = latest.current;
        const next = nextPlaybackWindow(current, play);
        if (next) current.onStep(next);
        else current.onEnd();
      }, stepMs);
      return function stopPlayback() {
        clearInterval(timer);
      };
    },
    [play, stepMs],
  );
}
