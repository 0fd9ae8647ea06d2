// The timeline strip: a histogram of the filtered events, a date-range brush, zoom and pan of the
// time axis, and playback. The selected window belongs to the parent (it lives in the URL); the
// visible domain, playback speed and mode while paused are local UI state.
import { useMemo, useRef, useState } from 'react';
import type { EventQuery } from '../core/index/query';
import type { CorpusModel } from '../core/model';
import {
  binStart,
  chooseBinUnit,
  clampWindow,
  type DayRange,
  MIN_DOMAIN_DAYS,
  nextBinStart,
  type PlaybackMode,
  panWindow,
  rangeDays,
  revealWindow,
  startPlayback,
  stepCalendar,
  zoomDomain,
} from '../core/timeline';
import { HISTOGRAM_HEIGHT, Histogram } from './Histogram';
import { RangeBrush } from './RangeBrush';
import { TimelineControls } from './TimelineControls';
import { useAxisGestures } from './use-axis-gestures';
import { useElementWidth } from './use-element-width';
import { useHistogram } from './use-histogram';
import { usePlayback } from './use-playback';
import './timeline.css';

export interface TimelineWindow {
  /** First day (day number), inclusive. */
  readonly from: number;
  /** Last day (day number), inclusive. */
  readonly to: number;
}

export interface TimelineProps {
  readonly model: CorpusModel;
  /** Positions (into model.index.events) matching every filter EXCEPT the date window — the histogram shows them. */
  readonly positions: Int32Array;
  /** The filters those positions match (the date window left out): what the corpus worker is asked. */
  readonly query?: EventQuery | null;
  /** Selected window as day numbers (inclusive); null = whole data range. */
  readonly window: TimelineWindow | null;
  /** null = reset to all. */
  onWindowChange(window: TimelineWindow | null): void;
  readonly play: PlaybackMode | null;
  onPlayChange(play: PlaybackMode | null): void;
}

/** Chart width (px) before the first measurement, and in jsdom. */
const FALLBACK_WIDTH = 640;
const DEFAULT_STEP_MS = 1000;
/** Narrowest bar (px) the unit choice allows: a phone gets month bars, not 5 px week bars. */
const MIN_BAR_PX = 6;

const sameRange = (a: DayRange, b: DayRange) => a.from === b.from && a.to === b.to;

/** Days the domain may show: the data, widened to at least MIN_DOMAIN_DAYS around its middle. */
function domainBoundsOf(data: DayRange): DayRange {
  const missing = MIN_DOMAIN_DAYS - rangeDays(data);
  if (missing <= 0) return data;
  const before = Math.floor(missing / 2);
  return { from: data.from - before, to: data.to + missing - before };
}

export function Timeline({
  model,
  positions,
  query = null,
  window,
  onWindowChange,
  play,
  onPlayChange,
}: TimelineProps) {
  const { index } = model;
  const bounds = useMemo(() => ({ from: index.minDay, to: index.maxDay }), [index]);
  const domainBounds = useMemo(() => domainBoundsOf(bounds), [bounds]);
  const [domain, setDomain] = useState<DayRange | null>(null); // null = fit to data
  const [pausedMode, setPausedMode] = useState<PlaybackMode>('window');
  const [stepMs, setStepMs] = useState(DEFAULT_STEP_MS);
  const [loop, setLoop] = useState(false);
  const chartBox = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(chartBox, FALLBACK_WIDTH);

  const view = domain ? clampWindow(domain, domainBounds) : domainBounds;
  const unit = chooseBinUnit(rangeDays(view), Math.floor(width / MIN_BAR_PX));
  const { histogram, markers } = useHistogram(model, positions, query, view.from, view.to, unit);
  const colors = useMemo(
    () => index.topicIds.map((id) => model.topics.get(id)?.color ?? '#767676'),
    [index, model.topics],
  );
  const selected = window ? clampWindow(window, bounds) : bounds;
  const startDay = histogram.edges[0] ?? view.from;
  const endDay = histogram.edges[histogram.edges.length - 1] ?? view.to + 1;
  const mode = play ?? pausedMode;

  /** Writes a window (null when it is the whole range) and pans the domain to keep it in sight. */
  function changeWindow(next: DayRange | null) {
    const clamped = next && clampWindow(next, bounds);
    onWindowChange(clamped && !sameRange(clamped, bounds) ? clamped : null);
    if (clamped) setDomain((d) => d && revealWindow(clampWindow(d, domainBounds), clamped, domainBounds));
  }

  /**
   * Updates the domain from its latest value (several pointer events may arrive before a render);
   * the whole range is stored as null so that it follows the data.
   */
  function changeDomain(update: (current: DayRange) => DayRange) {
    setDomain((d) => {
      const next = update(d ? clampWindow(d, domainBounds) : domainBounds);
      return sameRange(next, domainBounds) ? null : next;
    });
  }

  function zoomAround(factor: number, centerDay: number) {
    changeDomain((current) => zoomDomain(current, factor, centerDay, domainBounds));
  }

  function zoomButton(factor: number) {
    // Zoom around the selected window when it shows, else around the middle of the view.
    const visible = selected.to >= view.from && selected.from <= view.to;
    zoomAround(
      factor,
      visible
        ? (Math.max(selected.from, view.from) + Math.min(selected.to, view.to) + 1) / 2
        : (view.from + view.to + 1) / 2,
    );
  }

  function pickBin(day: number) {
    const k = histogram.edges.findLastIndex((edge) => edge <= day);
    const from = histogram.edges[k];
    const after = histogram.edges[k + 1];
    if (from !== undefined && after !== undefined) changeWindow({ from, to: after - 1 });
  }

  const axis = useAxisGestures(svgRef, {
    startDay,
    endDay,
    onPanBy: (deltaDays) => changeDomain((current) => panWindow(current, deltaDays, domainBounds)),
    onZoom: zoomAround,
    onPick: pickBin,
  });

  usePlayback({
    play,
    stepMs,
    window: selected,
    bounds,
    unit,
    loop,
    onStep: changeWindow,
    onEnd: () => onPlayChange(null),
  });

  function togglePlay() {
    if (play !== null) {
      onPlayChange(null);
      return;
    }
    const start = startPlayback(window && clampWindow(window, bounds), mode, bounds, unit);
    if (!sameRange(start, selected)) changeWindow(start);
    onPlayChange(mode);
  }

  /** One calendar bin forward or back; from the whole range, the first or the last bin. */
  function stepBy(delta: 1 | -1) {
    const whole = sameRange(selected, bounds);
    const edge = delta > 0 ? bounds.from : bounds.to;
    const next = whole
      ? { from: binStart(edge, unit), to: nextBinStart(edge, unit) - 1 }
      : stepCalendar(selected, unit, delta, 'window', bounds);
    if (next) changeWindow(next);
  }

  function changeMode(next: PlaybackMode) {
    setPausedMode(next);
    if (play !== null) onPlayChange(next);
  }

  if (index.events.length === 0) {
    return (
      <section aria-label="Timeline" className="dl-timeline dl-timeline--empty">
        <p>No dated events to show.</p>
      </section>
    );
  }

  return (
    <section aria-label="Timeline" className="dl-timeline">
      <TimelineControls
        playing={play !== null}
        mode={mode}
        stepMs={stepMs}
        loop={loop}
        selected={selected}
        unit={unit}
        hasWindow={!sameRange(selected, bounds)}
        exampleDay={bounds.to}
        onTogglePlay={togglePlay}
        onStep={stepBy}
        onLoopChange={setLoop}
        onModeChange={changeMode}
        onStepMsChange={setStepMs}
        onWindowChange={changeWindow}
        onZoom={zoomButton}
        onFit={() => setDomain(null)}
      />
      <div className="dl-timeline__plot" ref={chartBox} style={{ minHeight: HISTOGRAM_HEIGHT }}>
        <Histogram
          histogram={histogram}
          colors={colors}
          width={width}
          selected={selected}
          markers={markers}
          svgRef={svgRef}
          {...axis}
        />
        <RangeBrush
          startDay={startDay}
          endDay={endDay}
          selected={selected}
          bounds={bounds}
          unit={unit}
          onChange={changeWindow}
        />
      </div>
    </section>
  );
}
