// The first rows of a CSV/TSV/GDELT file and the mapping its preset (or its header names) suggests,
// for the column-mapping step.
import { suggestMapping } from './mapping';
import { parseTable } from './table';
import type { PreviewTable, Sniff } from './types';
import { PREVIEW_ROWS } from './types';

export function previewTable(text: string, sniff: Sniff): PreviewTable {
  if (sniff.format === 'dateline' || sniff.format === 'geojson')
    return { headers: [], rows: [], suggested: {} };
  const table = parseTable(text, sniff, PREVIEW_ROWS);
  return {
    headers: table.headers,
    rows: table.rows.slice(0, PREVIEW_ROWS),
    suggested: suggestMapping(table.headers, sniff.preset),
  };
}
