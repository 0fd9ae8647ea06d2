// The histogram: one bar per bin, stacked by first topic, with the share from imprecise dates
// hatched; the axis with labels for the unit; and diamonds under it for not-yet-happened events.
import { memo, type Ref, useId } from 'react';
import { groupNumber } from '../core/group-digits';
import {
  axisTicks,
  type DayRange,
  type FutureMarker,
  formatBin,
  formatRange,
  type Histogram as HistogramData,
} from '../core/timeline';
import type { AxisHandlers } from './use-axis-gestures';

/** Heights in CSS pixels. */
const BARS_H = 64;
const AXIS_H = 16;
const MARKS_H = 14;
export const HISTOGRAM_HEIGHT = BARS_H + AXIS_H + MARKS_H;
/** Room per axis label, px. */
const TICK_SPACING = 84;

interface HistogramProps extends AxisHandlers {
  readonly histogram: HistogramData;
  /** Fill colour per topic number (index.topicIds order). */
  readonly colors: readonly string[];
  readonly width: number;
  /** Selected window; the rest of the axis is dimmed. */
  readonly selected: DayRange;
  readonly markers: readonly FutureMarker[];
  readonly svgRef: Ref<SVGSVGElement>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const plural = (n: number, word: string) => `${groupNumber(n)} ${word}${n === 1 ? '' : 's'}`;

function binTitle(label: string, total: number, imprecise: number): string {
  const text = `${label}: ${plural(round1(total), 'event')}`;
  return imprecise > 0.05
    ? `${text} (${groupNumber(round1(imprecise))} from dates known only to the month or year)`
    : text;
}

/** Where a histogram's bins go on a chart `width` px wide, and how tall an event stands. */
function scale(histogram: HistogramData, width: number) {
  const { edges, totals } = histogram;
  const startDay = edges[0] ?? 0;
  const endDay = edges[edges.length - 1] ?? startDay + 1;
  const x = (day: number) => ((day - startDay) / (endDay - startDay)) * width;
  const maxTotal = totals.reduce((a, b) => Math.max(a, b), 0);
  const perEvent = maxTotal > 0 ? (BARS_H - 4) / maxTotal : 0; // px per event; 4 px headroom
  return { startDay, endDay, x, perEvent };
}

interface BarsProps {
  readonly histogram: HistogramData;
  readonly colors: readonly string[];
  readonly width: number;
  readonly hatchId: string;
}

/**
 * The bars, memoised: a filter change renders the timeline before the worker's new histogram comes,
 * and the same bars are then skipped rather than compared one by one.
 */
const Bars = memo(function Bars({ histogram, colors, width, hatchId }: BarsProps) {
  const { edges, totals, counts, imprecise, topics, unit } = histogram;
  const { x, perEvent } = scale(histogram, width);
  return Array.from(totals, (total, k) => {
    const left = x(edges[k] ?? 0);
    const barW = Math.max(1, x(edges[k + 1] ?? 0) - left - (width / totals.length > 4 ? 1 : 0));
    const label = formatBin(edges[k] ?? 0, unit);
    let top = BARS_H;
    const segments = [];
    for (let t = 0; t < topics; t++) {
      const h = (counts[k * topics + t] ?? 0) * perEvent;
      if (h <= 0) continue;
      top -= h;
      segments.push(<rect key={t} x={left} y={top} width={barW} height={h} fill={colors[t] ?? '#767676'} />);
    }
    const rest = BARS_H - total * perEvent; // events with no known topic fill up to the total
    if (rest < top - 0.01)
      segments.push(<rect key="other" x={left} y={rest} width={barW} height={top - rest} fill="#767676" />);
    const hatchH = (imprecise[k] ?? 0) * perEvent;
    return (
      <g key={edges[k]} className="dl-timeline__bin">
        <title>{binTitle(label, total, imprecise[k] ?? 0)}</title>
        <rect x={left} y={0} width={barW} height={BARS_H} fill="transparent" />
        {segments}
        {hatchH > 0 && <rect x={left} y={rest} width={barW} height={hatchH} fill={`url(#${hatchId})`} />}
      </g>
    );
  });
});

export function Histogram(props: HistogramProps) {
  const { histogram, colors, width, selected, markers, svgRef, ...handlers } = props;
  const hatchId = useId();
  const { edges, unit } = histogram;
  const { startDay, endDay, x } = scale(histogram, width);
  const ticks = axisTicks(startDay, endDay, Math.max(2, Math.floor(width / TICK_SPACING)));
  const dimBefore = Math.max(0, Math.min(width, x(selected.from)));
  const dimAfter = Math.max(0, Math.min(width, x(selected.to + 1)));

  return (
    <svg
      ref={svgRef}
      className="dl-timeline__chart"
      width={width}
      height={HISTOGRAM_HEIGHT}
      role="img"
      aria-label={`Events per ${unit}, ${formatRange(startDay, endDay - 1)}`}
      {...handlers}
    >
      <defs>
        <pattern
          id={hatchId}
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="5" height="5" fill="#ffffff" fillOpacity="0.35" />
          <line x1="0" y1="0" x2="0" y2="5" stroke="#ffffff" strokeWidth="2" strokeOpacity="0.8" />
        </pattern>
      </defs>
      <Bars histogram={histogram} colors={colors} width={width} hatchId={hatchId} />
      <g className="dl-timeline__dim" pointerEvents="none">
        {dimBefore > 0 && <rect x={0} y={0} width={dimBefore} height={BARS_H} />}
        {dimAfter < width && <rect x={dimAfter} y={0} width={width - dimAfter} height={BARS_H} />}
      </g>
      <g className="dl-timeline__axis" pointerEvents="none">
        <line x1={0} x2={width} y1={BARS_H + 0.5} y2={BARS_H + 0.5} />
        {ticks.map((tick) => (
          <g key={tick.day} transform={`translate(${Math.round(x(tick.day)) + 0.5},${BARS_H})`}>
            <line y2={5} />
            <text x={3} y={AXIS_H - 3}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <g className="dl-timeline__markers">
        {markers.map((m) => {
          const binLeft = x(edges[m.bin] ?? 0);
          const binRight = x(edges[m.bin + 1] ?? 0);
          const cx = (binLeft + binRight) / 2;
          const cy = BARS_H + AXIS_H + MARKS_H / 2;
          const r = Math.min(5, Math.max(2.5, (binRight - binLeft) / 2)); // px; shrinks for narrow bins
          const more = m.count > m.titles.length ? `; and ${m.count - m.titles.length} more` : '';
          return (
            <path key={m.bin} d={`M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`}>
              <title>{`${formatBin(edges[m.bin] ?? 0, unit)}: ${plural(m.count, 'planned or future event')}: ${m.titles.join('; ')}${more}`}</title>
            </path>
          );
        })}
      </g>
    </svg>
  );
}
