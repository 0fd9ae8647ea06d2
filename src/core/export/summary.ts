// What an export of the shown events holds, in words for the Download menu: "7 events → 15 rows,
// one per event and place", and whether the sources carry links. Counts the rows buildExportRows
// would write without building them or reading the events (the menu asks on every open, for up to a
// million events).
import { counted } from '../group-digits';
import type { CorpusModel } from '../model';

export interface ExportSummary {
  readonly events: number;
  /** Rows in the CSV, features in the GeoJSON: one per event and place. */
  readonly rows: number;
  /** Sources of these events that have a link (http(s) URL). */
  readonly linkedSources: number;
}

/**
 * Per position, what the summary counts: rows (places the model knows) and the sources with a link, by
 * number (CSR: linkedList[linkedOffset[i] .. linkedOffset[i + 1])). Made once per model, where the
 * events are objects (in the corpus worker, which posts them with the model): the page may hold a large
 * dataset's events only as text (src/core/lazy-events.ts), and the menu must not read them all.
 */
export interface ExportCounts {
  readonly rows: Int32Array;
  readonly linkedOffset: Int32Array;
  readonly linkedList: Int32Array;
}

export function exportCounts(model: Pick<CorpusModel, 'index' | 'places' | 'sources'>): ExportCounts {
  const { events } = model.index;
  const rows = new Int32Array(events.length);
  const linkedOffset = new Int32Array(events.length + 1);
  const linkedList: number[] = [];
  const number = new Map<string, number>();
  events.forEach((event, p) => {
    linkedOffset[p] = linkedList.length;
    for (const ep of event.places) if (model.places.has(ep.place)) rows[p] = (rows[p] ?? 0) + 1;
    for (const id of event.sources) {
      if (!model.sources.get(id)?.url) continue;
      let n = number.get(id);
      if (n === undefined) {
        n = number.size;
        number.set(id, n);
      }
      linkedList.push(n);
    }
  });
  linkedOffset[events.length] = linkedList.length;
  return { rows, linkedOffset, linkedList: Int32Array.from(linkedList) };
}

const countsOf = new WeakMap<object, ExportCounts>();

/** Counts made elsewhere (the corpus worker) for a model on this thread. */
export function adoptExportCounts(model: object, counts: ExportCounts): void {
  countsOf.set(model, counts);
}

export function summarizeExport(model: CorpusModel, positions: Int32Array): ExportSummary {
  let counts = countsOf.get(model);
  if (!counts) {
    counts = exportCounts(model);
    countsOf.set(model, counts);
  }
  const { rows: rowsAt, linkedOffset, linkedList } = counts;
  let rows = 0;
  let linked = 0;
  const seen = new Uint8Array(linkedList.length);
  for (const p of positions) {
    rows += rowsAt[p] ?? 0;
    for (let k = linkedOffset[p] ?? 0, to = linkedOffset[p + 1] ?? 0; k < to; k++) {
      const n = linkedList[k] ?? 0;
      if (seen[n] === 0) {
        seen[n] = 1;
        linked++;
      }
    }
  }
  return { events: positions.length, rows, linkedSources: linked };
}

/** "7 events → 15 rows, one per event and place." plus a sentence on source links. */
export function describeExport(summary: ExportSummary): string {
  const rows = `${counted(summary.events, 'event')} → ${counted(summary.rows, 'row')}, one per event and place.`;
  const links =
    summary.linkedSources > 0
      ? ` Sources with their links (${counted(summary.linkedSources, 'source')}).`
      : ' The sources have no links in this corpus.';
  return rows + links;
}
