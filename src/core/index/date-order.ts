// The index's sort: positions by (start day, span in days, input order), the ordering contract of
// EventIndex.events. Two stable counting-sort passes (LSD radix: by span, then by start) cost O(n +
// days) with no comparisons; a 1M-event corpus over 26 years sorts in tens of milliseconds.

/** Widest day range (start or span) sorted by counting; beyond it a count table would be too big. */
const MAX_COUNTED_DAYS = 1 << 22; // ~11,500 years of days: 16 MB of counts at most

/**
 * order[k] = input index of the k-th event in date order. Returned as a plain array on purpose: it
 * is a temporary, and typed arrays are external memory, whose growth makes V8 run a full
 * mark-compact of the whole heap (the corpus itself, ~1 s at 1M events).
 */
export function dateOrder(start: readonly number[], end: readonly number[]): number[] {
  const n = start.length;
  let minStart = 0;
  let maxStart = 0;
  let minSpan = 0;
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    const s = start[i] as number;
    const span = (end[i] as number) - s;
    if (i === 0 || s < minStart) minStart = s;
    if (i === 0 || s > maxStart) maxStart = s;
    if (i === 0 || span < minSpan) minSpan = span;
    if (i === 0 || span > maxSpan) maxSpan = span;
  }
  const startDays = maxStart - minStart + 1;
  const spanDays = maxSpan - minSpan + 1;
  if (startDays > MAX_COUNTED_DAYS || spanDays > MAX_COUNTED_DAYS) {
    const order = Array.from({ length: n }, (_, i) => i);
    return order.sort(
      (a, b) =>
        (start[a] as number) - (start[b] as number) ||
        (end[a] as number) - (start[a] as number) - ((end[b] as number) - (start[b] as number)) ||
        a - b,
    );
  }
  const counts = new Int32Array(Math.max(startDays, spanDays) + 1);
  // Pass 1: stable by span. counts[d + 1] = events with key d; prefix sums turn it into first slots.
  for (let i = 0; i < n; i++) {
    const d = (end[i] as number) - (start[i] as number) - minSpan + 1;
    counts[d] = (counts[d] as number) + 1;
  }
  for (let d = 1; d <= spanDays; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
  const bySpan = zeros(n);
  for (let i = 0; i < n; i++) {
    const d = (end[i] as number) - (start[i] as number) - minSpan;
    const slot = counts[d] as number;
    bySpan[slot] = i;
    counts[d] = slot + 1;
  }
  // Pass 2: stable by start, visiting in span order, so equal starts keep (span, input) order.
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const d = (start[i] as number) - minStart + 1;
    counts[d] = (counts[d] as number) + 1;
  }
  for (let d = 1; d <= startDays; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
  const order = zeros(n);
  for (let k = 0; k < n; k++) {
    const i = bySpan[k] as number;
    const d = (start[i] as number) - minStart;
    const slot = counts[d] as number;
    order[slot] = i;
    counts[d] = slot + 1;
  }
  return order;
}

/**
 * An array of n small integers (zeros), filled in place afterwards. Allocated at its final size
 * (new Array(n) stays in fast elements), not grown by push: growing leaves ~2× its size in dead
 * copies, which at 1M events fills old space and brings on a full GC of the whole heap.
 */
export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}
