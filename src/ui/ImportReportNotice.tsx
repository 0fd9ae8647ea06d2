// What the import that opened this dataset did: rows read, events loaded, rows skipped with row number,
// column and reason, and the report as a CSV download.
import { useEffect, useRef } from 'react';
import { counted, groupDigits } from '../core/group-digits';
import { reportToCsv } from '../core/import/report';
import type { ImportReport, InputFormat } from '../core/import/types';

/** What one record of a format is called: a GeoJSON file has features, a Dateline corpus events. */
export function recordWord(format: InputFormat): 'row' | 'feature' | 'event' {
  return format === 'geojson' ? 'feature' : format === 'dateline' ? 'event' : 'row';
}

const SHOWN = 50;

export function ImportReportNotice({ report, onDismiss }: { report: ImportReport; onDismiss: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const word = recordWord(report.format);
  const Word = `${word[0]?.toUpperCase()}${word.slice(1)}`;
  // Shown once, right after the import: the keyboard's place moves to it from the closed dialog (which
  // left it nowhere, on the page's body), unless something else already has it.
  useEffect(function takeFocus() {
    const at = document.activeElement;
    if (at === null || at === document.body) box.current?.focus();
  }, []);
  const download = () => {
    const url = URL.createObjectURL(new Blob([reportToCsv(report)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${report.file}-import-report.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="dl-notice dl-notice--info dl-import-report"
      role="status"
      aria-label="Import report"
    >
      <header>
        <strong>
          {report.file}: {counted(report.rowsRead, word)} read, {counted(report.eventsLoaded, 'event')}{' '}
          loaded, {groupDigits(report.rowsSkipped)} skipped
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
          <summary>Show skipped {word}s</summary>
          <ul className="dl-notice__list">
            {report.skipped.slice(0, SHOWN).map((s) => (
              <li key={`${s.row}-${s.column}`}>
                {Word} {groupDigits(s.row)}, {s.column}: {s.reason}
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
