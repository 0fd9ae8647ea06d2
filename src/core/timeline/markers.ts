// Marks for events that had not happened by the data's end: planned or proposed, or dated after
// the last event that occurred. One marker per bin, so 10k such events draw at most one per bin.
import type { EventIndex } from '../index/event-index';
import { binIndex } from './bins';

export interface FutureMarker {
  /** Bin number in the histogram's edges. */
  readonly bin: number;
  readonly count: number;
  /** Titles of the first few events, for a tooltip. */
  readonly titles: readonly string[];
}

const TITLES_PER_MARKER = 3;

/** Last day of the last event whose status is `occurred`; null when none occurred. */
export function lastOccurredDay(index: EventIndex): number | null {
  let last = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < index.events.length; p++) {
    if (index.events[p]?.status === 'occurred') last = Math.max(last, index.end[p] ?? 0);
  }
  return Number.isFinite(last) ? last : null;
}

/** True for an event that had not happened yet: planned, proposed, or starting after lastOccurred. */
export function isFutureEvent(index: EventIndex, position: number, lastOccurred: number | null): boolean {
  const status = index.events[position]?.status;
  if (status === 'planned' || status === 'proposed') return true;
  return lastOccurred !== null && (index.start[position] ?? 0) > lastOccurred;
}

// The index is immutable, so the flags are computed once per index: 1 = a future event.
const flagsCache = new WeakMap<EventIndex, Uint8Array>();

function futureFlags(index: EventIndex): Uint8Array {
  let flags = flagsCache.get(index);
  if (!flags) {
    const last = lastOccurredDay(index);
    flags = new Uint8Array(index.events.length);
    for (let p = 0; p < flags.length; p++) flags[p] = isFutureEvent(index, p, last) ? 1 : 0;
    flagsCache.set(index, flags);
  }
  return flags;
}

/** Markers per bin of `edges` (by each event's start day, or the first bin when it began earlier). */
export function findFutureMarkers(
  index: EventIndex,
  positions: Int32Array,
  edges: Int32Array,
): FutureMarker[] {
  const flags = futureFlags(index);
  const bins = Math.max(0, edges.length - 1);
  const counts = new Int32Array(bins);
  const titles: string[][] = [];
  const first = edges[0] ?? 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] ?? 0;
    if (flags[p] !== 1 || (index.end[p] ?? 0) < first) continue;
    const bin = binIndex(edges, Math.max(index.start[p] ?? 0, first));
    if (bin < 0) continue;
    counts[bin] = (counts[bin] ?? 0) + 1;
    const list = titles[bin] ?? [];
    titles[bin] = list;
    if (list.length < TITLES_PER_MARKER) list.push(index.events[p]?.title ?? '');
  }
  const markers: FutureMarker[] = [];
  counts.forEach((count, bin) => {
    if (count > 0) markers.push({ bin, count, titles: titles[bin] ?? [] });
  });
  return markers;
}
