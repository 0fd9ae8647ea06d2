// The strip's controls: play/pause, step ±1, loop, mode and speed; the window's dates as text in
// the app's one format; and the time-axis zoom buttons. On a narrow strip (a phone) one row stays:
// play and step, with the dates behind "Dates" and loop, mode, speed and zoom behind "More", so the
// controls do not take three rows of 44 px touch targets from the map.
import { type ChangeEvent, useId, useState } from 'react';
import { formatIsoDay } from '../core/dates';
import { type BinUnit, type DayRange, formatDay, type PlaybackMode } from '../core/timeline';
import { DateField } from './DateField';

/** Playback speeds: milliseconds per one-bin step. 2 s per month step plays a year in 24 s. */
export const SPEEDS = [
  { ms: 2000, label: '1 step / 2 s' },
  { ms: 1000, label: '1 step / 1 s' },
  { ms: 500, label: '1 step / 0.5 s' },
  { ms: 200, label: '1 step / 0.2 s' },
] as const;

const MODE_LABELS: Record<PlaybackMode, string> = {
  window: 'Moving window',
  cumulative: 'Growing (cumulative)',
};

interface TimelineControlsProps {
  readonly playing: boolean;
  readonly mode: PlaybackMode;
  readonly stepMs: number;
  readonly loop: boolean;
  readonly selected: DayRange;
  /** The bin unit a step moves by (the histogram's). */
  readonly unit: BinUnit;
  /** True when a window narrower than the whole range is selected. */
  readonly hasWindow: boolean;
  /** A day of the data, for the hint's example of what to type (its last day). */
  readonly exampleDay: number;
  onTogglePlay(): void;
  onStep(delta: 1 | -1): void;
  onLoopChange(loop: boolean): void;
  onModeChange(mode: PlaybackMode): void;
  onStepMsChange(ms: number): void;
  onWindowChange(next: DayRange | null): void;
  onZoom(factor: number): void;
  onFit(): void;
}

export function TimelineControls(props: TimelineControlsProps) {
  const { playing, mode, stepMs, loop, selected, unit, hasWindow } = props;
  const [datesOpen, setDatesOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const datesId = useId();
  const optionsId = useId();
  const zoomId = useId();
  const hintId = useId();

  function onMode(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.target.value;
    if (value === 'window' || value === 'cumulative') props.onModeChange(value);
  }

  return (
    <div className={`dl-timeline__controls${moreOpen ? ' is-more-open' : ''}`}>
      <div className="dl-timeline__group">
        <button
          type="button"
          className="dl-timeline__icon-button"
          aria-label={`Step back one ${unit}`}
          title={`Step back one ${unit}`}
          onClick={() => props.onStep(-1)}
        >
          <span aria-hidden="true">◂</span>
        </button>
        <button
          type="button"
          className="dl-timeline__play"
          aria-pressed={playing}
          onClick={props.onTogglePlay}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          className="dl-timeline__icon-button"
          aria-label={`Step forward one ${unit}`}
          title={`Step forward one ${unit}`}
          onClick={() => props.onStep(1)}
        >
          <span aria-hidden="true">▸</span>
        </button>
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
      <button
        type="button"
        className="dl-timeline__more-toggle"
        aria-expanded={moreOpen}
        aria-controls={`${optionsId} ${zoomId}`}
        title="Loop, mode, speed and zoom"
        onClick={() => setMoreOpen((open) => !open)}
      >
        More
      </button>
      <div id={optionsId} className="dl-timeline__group dl-timeline__options">
        <label className="dl-timeline__loop">
          <input type="checkbox" checked={loop} onChange={(e) => props.onLoopChange(e.target.checked)} /> Loop
        </label>
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
      <div id={datesId} className={`dl-timeline__group dl-timeline__dates${datesOpen ? ' is-open' : ''}`}>
        <DateField
          label="From date"
          day={selected.from}
          hintId={hintId}
          onApply={(day) => props.onWindowChange({ from: day, to: Math.max(day, selected.to) })}
        />
        <span aria-hidden="true">–</span>
        <DateField
          label="To date"
          day={selected.to}
          hintId={hintId}
          onApply={(day) => props.onWindowChange({ from: Math.min(day, selected.from), to: day })}
        />
        <button type="button" disabled={!hasWindow} onClick={() => props.onWindowChange(null)}>
          All dates
        </button>
        <span id={hintId} className="dl-timeline__hint">
          Type {formatDay(props.exampleDay)} or {formatIsoDay(props.exampleDay)}, then Enter. Click a bar to
          pick its {unit}.
        </span>
      </div>
      <div id={zoomId} className="dl-timeline__group dl-timeline__zoom">
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
