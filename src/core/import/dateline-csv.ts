// Dateline's CSV export read back (see dateline-export.ts): its columns, lists joined with "; ",
// sources as "Outlet: Headline (date) URL", formula-guarded cells unguarded.
import { EXPORT_COLUMNS } from '../export';
import { draftsFromExport, type ExportedRow, parseExportedSource, unguard } from './dateline-export';
import type { Draft, Skip } from './draft';
import type { Lookup } from './lookup';
import type { Table } from './table';

const LIST = '; ';

export type DatelineCsv =
  | { readonly ok: true; readonly drafts: { row: number; draft: Draft | Skip }[]; readonly rowsRead: number }
  | { readonly ok: false; readonly error: string };

/** A `fields` cell: its JSON value, or the text itself when it is not JSON (the row is then skipped). */
function jsonOrText(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

export function readDatelineCsv(table: Table, lookup: Lookup): DatelineCsv {
  const at = new Map(table.headers.map((h, i) => [h, i]));
  const missing = EXPORT_COLUMNS.filter((c) => !at.has(c));
  if (missing.length)
    return { ok: false, error: `not a Dateline CSV export: no ${missing.join(', ')} column` };
  const rows: { row: number; value: ExportedRow }[] = [];
  table.rows.forEach((cells, i) => {
    if (cells.length === 1 && cells[0] === '') return;
    const get = (c: string) => unguard(cells[at.get(c) ?? -1] ?? '');
    const list = (c: string) => (get(c) === '' ? [] : get(c).split(LIST));
    rows.push({
      row: table.firstRow + i,
      value: {
        id: get('id'),
        title: get('title'),
        summary: get('summary'),
        start: get('start'),
        end: get('end'),
        precision: get('precision'),
        status: get('status'),
        place: get('place'),
        placeId: get('placeId'),
        placeKind: get('placeKind'),
        placeRole: get('placeRole'),
        topics: list('topics'),
        actors: list('actors'),
        sources: list('sources').map(parseExportedSource),
        related: list('related'),
        lat: get('lat'),
        lon: get('lon'),
        ...(at.has('fields') && get('fields') !== '' ? { fields: jsonOrText(get('fields')) } : {}),
      },
    });
  });
  return { ok: true, drafts: draftsFromExport(rows, lookup), rowsRead: rows.length };
}
