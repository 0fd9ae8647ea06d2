// The strip's controls: play/pause with mode and speed, exact date inputs (behind a toggle on
// narrow screens), and the time-axis zoom buttons.
import { type ChangeEvent, useId, useState } from 'react';
import { formatIsoDay, parseIsoDay } from '../core/dates';
import type { DayRange, PlaybackMode } from '../core/timeline';

/** Playback speeds: milliseconds per one-bin step. */
export const SPEEDS = [
  { ms: 1000, label: '1 bin / 1 s' },
  { ms: 500, label: '1 bin / 0.5 s' },
  { ms: 200, label: '1 bin / 0.2 s' },
] as const;

const MODE_LABELS: Record<PlaybackMode, string> = {
  window: 'Moving window',
  cumulative: 'Growing (cumulative)',
};

interface TimelineControlsProps {
  readonly playing: boolean;
  readonly mode: PlaybackMode;
  readonly stepMs: number;
  readonly selected: DayRange;
  readonly bounds: DayRange;
  /** True when a window narrower than the whole range is selected. */
  readonly hasWindow: boolean;
  onTogglePlay(): void;
  onModeChange(mode: PlaybackMode): void;
  onStepMsChange(ms: number): void;
  onWindowChange(next: DayRange | null): void;
  onZoom(factor: number): void;
  onFit(): void;
}

export function TimelineControls(props: TimelineControlsProps) {
  const { playing, mode, stepMs, selected, bounds, hasWindow } = props;
  const [datesOpen, setDatesOpen] = useState(false);
  const datesId = useId();
  const min = formatIsoDay(bounds.from);
  const max = formatIsoDay(bounds.to);

  // A half-typed date gives '' or an unreal date: ignore it until it is a real day.
  function onFrom(event: ChangeEvent<HTMLInputElement>) {
    const day = parseIsoDay(event.target.value);
    if (day !== null) props.onWindowChange({ from: day, to: Math.max(day, selected.to) });
  }

  function onTo(event: ChangeEvent<HTMLInputElement>) {
    const day = parseIsoDay(event.target.value);
    if (day !== null) props.onWindowChange({ from: Math.min(day, selected.from), to: day });
  }

  function onMode(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.target.value;
    if (value === 'window' || value === 'cumulative') props.onModeChange(value);
  }

  return (
    <div className="dl-timeline__controls">
      <div className="dl-timeline__group">
        <button
          type="button"
          className="dl-timeline__play"
          aria-pressed={playing}
          onClick={props.onTogglePlay}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
        </button>
        <select aria-label="Playback mode" value={mode} onChange={onMode}>
          {(Object.keys(MODE_LABELS) as PlaybackMode[]).map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
        <select
          aria-label="Playback speed"
          value={stepMs}
          onChange={(e) => props.onStepMsChange(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s.ms} value={s.ms}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="dl-timeline__dates-toggle"
        aria-expanded={datesOpen}
        aria-controls={datesId}
        onClick={() => setDatesOpen((open) => !open)}
      >
        Dates
      </button>
      <div id={datesId} className={`dl-timeline__group dl-timeline__dates${datesOpen ? ' is-open' : ''}`}>
        <input
          type="date"
          aria-label="From date"
          value={formatIsoDay(selected.from)}
          min={min}
          max={max}
          onChange={onFrom}
        />
        <span aria-hidden="true">–</span>
        <input
          type="date"
          aria-label="To date"
          value={formatIsoDay(selected.to)}
          min={min}
          max={max}
          onChange={onTo}
        />
        <button type="button" disabled={!hasWindow} onClick={() => props.onWindowChange(null)}>
          All dates
        </button>
      </div>
      <div className="dl-timeline__group dl-timeline__zoom">
        <button
          type="button"
          className="dl-timeline__icon-button"
          aria-label="Zoom in time"
          title="Zoom in time"
          onClick={() => props.onZoom(0.5)}
        >
          +
        </button>
        <button
          type="button"
          className="dl-timeline__icon-button"
          aria-label="Zoom out time"
          title="Zoom out time"
          onClick={() => props.onZoom(2)}
        >
          −
        </button>
        <button type="button" onClick={props.onFit}>
          Fit to data
        </button>
      </div>
    </div>
  );
}
