// What the import that opened this dataset did: rows read, events loaded, rows skipped with row number,
// column and reason, and the report as a CSV download.
import { reportToCsv } from '../core/import/report';
import type { ImportReport } from '../core/import/types';

const SHOWN = 50;

export function ImportReportNotice({ report, onDismiss }: { report: ImportReport; onDismiss: () => void }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([reportToCsv(report)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${report.file}-import-report.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="dl-notice dl-notice--info dl-import-report" role="status" aria-label="Import report">
      <header>
        <strong>
          {report.file}: {report.rowsRead.toLocaleString('en-GB')} rows read,{' '}
          {report.eventsLoaded.toLocaleString('en-GB')} events loaded,{' '}
          {report.rowsSkipped.toLocaleString('en-GB')} skipped
        </strong>
        <button
          type="button"
          className="dl-notice__close"
          onClick={onDismiss}
          aria-label="Dismiss: Import report"
        >
          ×
        </button>
      </header>
      {report.skipped.length > 0 && (
        <details>
          <summary>Show skipped rows</summary>
          <ul className="dl-notice__list">
            {report.skipped.slice(0, SHOWN).map((s) => (
              <li key={`${s.row}-${s.column}`}>
                Row {s.row.toLocaleString('en-GB')}, {s.column}: {s.reason}
              </li>
            ))}
          </ul>
          {report.skipped.length > SHOWN && <p>…and {report.skipped.length - SHOWN} more in the download.</p>}
        </details>
      )}
      <button type="button" onClick={download}>
        Download report (CSV)
      </button>
    </div>
  );
}
