// The import report as a downloadable CSV: one line per skipped row (then each warning), same quoting
// and formula guard as the event export.
import { csvField } from '../export/csv';
import type { ImportReport } from './types';

export function reportToCsv(report: ImportReport): string {
  const lines = [['row', 'column', 'reason', 'kind'].join(',')];
  for (const [kind, list] of [
    ['skipped', report.skipped],
    ['warning', report.warnings],
  ] as const)
    for (const s of list) lines.push([String(s.row), csvField(s.column), csvField(s.reason), kind].join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** "row 1,204: latitude 95.3 is out of range" — the form the CLI and the app show. */
export function formatSkipped(s: { row: number; column: string; reason: string }): string {
  return `row ${s.row.toLocaleString('en')} (${s.column}): ${s.reason}`;
}
