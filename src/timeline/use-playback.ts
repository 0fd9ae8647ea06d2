// Playback: every `stepMs` the window advances by one bin (from wherever it is now, so a drag
// during playback is respected) until it reaches the end of the data, then playback stops.
import { useEffect, useRef } from 'react';
import {
  type BinUnit,
  type DayRange,
  daysToNextEdge,
  type PlaybackMode,
  stepPlayback,
} from '../core/timeline';

interface PlaybackInput {
  readonly play: PlaybackMode | null;
  /** Milliseconds between steps. */
  readonly stepMs: number;
  /** The current window (the whole range when none is selected). */
  readonly window: DayRange;
  readonly bounds: DayRange;
  readonly unit: BinUnit;
  onStep(next: DayRange): void;
  onEnd(): void;
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
      const anchorStart = latest.current.window.from;
      const timer = setInterval(function step() {
        const { window, bounds, unit, onStep, onEnd } = latest.current;
        const next = stepPlayback(window, play, daysToNextEdge(window.to + 1, unit), bounds, anchorStart);
        if (next) onStep(next);
        else onEnd();
      }, stepMs);
      return function stopPlayback() {
        clearInterval(timer);
      };
    },
    [play, stepMs],
  );
}
