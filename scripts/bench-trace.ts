// What the browser benchmark's --trace and --profile options print: Chromium trace events and CPU
// profile samples summed per measured redraw. The page marks each measured redraw with
// `dl-work-start`, `dl-work-end` (update and forced layout done) and `dl-redraw-end` (second frame);
// warm-up redraws have no marks, so they are left out.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
}

/** [start, end] in µs of the trace clock (the CPU profile's clock too). */
type Window = readonly [number, number];

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'cc',
  'viz',
  'gpu',
  'benchmark',
];

/** Starts tracing the page; the returned function stops it and gives every event recorded. */
export async function startTracing(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } } as never);
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** The measured redraws, from the change to `end`: the update and layout, or the second frame. */
export function redrawWindows(events: readonly TraceEvent[], end: 'dl-work-end' | 'dl-redraw-end'): Window[] {
  const starts = events.filter((e) => e.name === 'dl-work-start').map((e) => e.ts);
  const ends = events.filter((e) => e.name === end).map((e) => e.ts);
  return starts.map((s, k) => [s, ends[k] ?? s] as const);
}

const inside = (windows: readonly Window[], from: number, to = from) =>
  windows.some(([s, t]) => from >= s && to <= t);

/** Sums, largest first, after "(window)": the mean length of the windows. All in ms per redraw. */
function perRedraw(windows: readonly Window[], sums: Map<string, number>, top: number): [string, number][] {
  const mean = windows.reduce((s, [a, b]) => s + (b - a) / 1000, 0) / windows.length;
  return [['(window)', mean], ...[...sums].sort((a, b) => b[1] - a[1]).slice(0, top)];
}

/**
 * Trace events per redraw by name, in ms: on the main thread during the update and layout (`work`), or
 * on every thread until the second frame (`frames`, events under 50 µs left out). Nested events count
 * in each of their names.
 */
export function traceSummary(events: readonly TraceEvent[], scope: 'work' | 'frames'): [string, number][] {
  const windows = redrawWindows(events, scope === 'work' ? 'dl-work-end' : 'dl-redraw-end');
  const main = events.find((e) => e.name === 'dl-work-start')?.tid;
  const sums = new Map<string, number>();
  for (const e of events) {
    const dur = e.dur;
    if (e.ph !== 'X' || dur === undefined || !inside(windows, e.ts, e.ts + dur)) continue;
    if (scope === 'work' ? e.tid !== main : dur < 50) continue;
    const key = scope === 'work' ? e.name : `${e.name} (thread ${e.tid})`;
    sums.set(key, (sums.get(key) ?? 0) + dur / 1000 / windows.length);
  }
  return perRedraw(windows, sums, scope === 'work' ? 20 : 30);
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
}

/** Self time per function in ms, of the samples at times (µs, trace clock) `keep` accepts. */
export function selfTimes(profile: CpuProfile, keep: (ts: number) => boolean): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const name = (id: number | undefined) => {
    const f = id === undefined ? undefined : byId.get(id)?.callFrame;
    return f ? `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}` : '?';
  };
  const self = new Map<string, number>();
  let ts = profile.startTime;
  profile.samples.forEach((id, k) => {
    ts += profile.timeDeltas[k] ?? 0;
    if (!keep(ts)) return;
    // Built-ins (no script URL) are named with their caller: "setAttribute :0 < restyle".
    const native = !byId.get(id)?.callFrame.url;
    const key = native ? `${name(id)} < ${name(parent.get(id))}` : name(id);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  return self;
}

/** Self time per function in ms per redraw (update and layout), largest first. */
export function selfTimeSummary(profile: CpuProfile, events: readonly TraceEvent[], top = 25) {
  const windows = redrawWindows(events, 'dl-work-end');
  const self = selfTimes(profile, (ts) => inside(windows, ts));
  for (const [key, ms] of self) self.set(key, ms / windows.length);
  return perRedraw(windows, self, top).slice(1);
}
