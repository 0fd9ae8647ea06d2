// What an export of the shown events holds, in words for the Download menu: "7 events → 15 rows,
// one per event and place", and whether the sources carry links. Counts the rows buildExportRows
// would write without building them (the menu asks on every open, for up to a million events).
import type { CorpusModel } from '../model';

export interface ExportSummary {
  readonly events: number;
  /** Rows in the CSV, features in the GeoJSON: one per event and place. */
  readonly rows: number;
  /** Sources of these events that have a link (http(s) URL). */
  readonly linkedSources: number;
}

export function summarizeExport(model: CorpusModel, positions: Int32Array): ExportSummary {
  let rows = 0;
  const linked = new Set<string>();
  for (const p of positions) {
    const event = model.index.events[p];
    if (!event) continue;
    for (const ep of event.places) if (model.places.has(ep.place)) rows++;
    for (const id of event.sources) if (model.sources.get(id)?.url) linked.add(id);
  }
  return { events: positions.length, rows, linkedSources: linked.size };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "7 events → 15 rows, one per event and place." plus a sentence on source links. */
export function describeExport(summary: ExportSummary): string {
  const rows = `${plural(summary.events, 'event')} → ${plural(summary.rows, 'row')}, one per event and place.`;
  const links =
    summary.linkedSources > 0
      ? ` Sources with their links (${plural(summary.linkedSources, 'source')}).`
      : ' The sources have no links in this corpus.';
  return rows + links;
}
