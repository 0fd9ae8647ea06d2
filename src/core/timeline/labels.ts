// Words for days, bins and axis ticks, adapted to the bin unit.
import { fromDayNumber } from '../dates';
import { type BinUnit, binStart, nextBinStart } from './bins';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const monthName = (month: number) => MONTHS[month - 1] ?? '';

/** "14 Nov 2008". */
export function formatDay(day: number): string {
  const d = fromDayNumber(day);
  return `${d.day} ${monthName(d.month)} ${d.year}`;
}

/** "14 Nov 2008", "Week of 10 Nov 2008", "Nov 2008" or "2008": the bin that starts on `start`. */
export function formatBin(start: number, unit: BinUnit): string {
  const d = fromDayNumber(start);
  const labels: Record<BinUnit, () => string> = {
    day: () => formatDay(start),
    week: () => `Week of ${formatDay(start)}`,
    month: () => `${monthName(d.month)} ${d.year}`,
    year: () => String(d.year),
  };
  return labels[unit]();
}

/** "14 Nov 2008 – 20 Nov 2008", or one day when both ends agree. */
export function formatRange(from: number, to: number): string {
  return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
}

export interface AxisTick {
  readonly day: number;
  readonly label: string;
}

/** Tick units from fine to coarse, and how many days each spans on average. */
const TICK_UNITS: readonly (readonly [BinUnit, number, number])[] = [
  // [unit, steps of it, mean days per tick]
  ['day', 1, 1],
  ['day', 2, 2],
  ['week', 1, 7],
  ['week', 2, 14],
  ['month', 1, 30.4],
  ['month', 3, 91.3],
  ['month', 6, 182.6],
  ['year', 1, 365.2],
  ['year', 2, 730.5],
  ['year', 5, 1826],
  ['year', 10, 3652],
  ['year', 25, 9131],
  ['year', 100, 36524],
];

function tickLabel(day: number, unit: BinUnit, first: boolean): string {
  const d = fromDayNumber(day);
  if (unit === 'year') return String(d.year);
  if (unit === 'month')
    return d.month === 1 || first ? `${monthName(d.month)} ${d.year}` : monthName(d.month);
  return d.month === 1 && d.day <= 7
    ? `${d.day} ${monthName(d.month)} ${d.year}`
    : `${d.day} ${monthName(d.month)}`;
}

/** At most maxTicks labelled ticks on calendar boundaries within [from, to). */
export function axisTicks(from: number, to: number, maxTicks: number): AxisTick[] {
  const span = Math.max(1, to - from);
  const choice =
    TICK_UNITS.find(([, , days]) => span / days <= Math.max(1, maxTicks)) ??
    TICK_UNITS[TICK_UNITS.length - 1];
  const [unit, steps] = choice ?? ['year', 100];
  const ticks: AxisTick[] = [];
  let day = binStart(from, unit);
  if (day < from) day = nextBinStart(day, unit);
  let n = 0;
  while (day < to) {
    const { month, year } = fromDayNumber(day);
    // Multi-step ticks sit on round values: every 3rd month from January, every 5th year, and so on.
    const keep =
      steps === 1 ||
      (unit === 'month' ? (month - 1) % steps === 0 : unit === 'year' ? year % steps === 0 : n % steps === 0);
    if (keep) ticks.push({ day, label: tickLabel(day, unit, ticks.length === 0) });
    day = nextBinStart(day, unit);
    n++;
  }
  return ticks;
}

/** A window in the fewest words: "Nov 2008" for a whole month, "2008" for a whole year, else a range. */
export function formatWindow(from: number, to: number): string {
  for (const unit of ['year', 'month'] as const) {
    if (binStart(from, unit) === from && nextBinStart(from, unit) - 1 === to) return formatBin(from, unit);
  }
  return formatRange(from, to);
}
