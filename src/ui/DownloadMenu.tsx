// "Download" disclosure: the events currently shown, as GeoJSON or CSV, written by the same core
// export the command line uses (src/core/export). A disclosure with two buttons rather than an
// ARIA menu, so Tab and Enter work as everywhere else; Escape closes it and returns focus.
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { describeExport, type ExportFormat, exportEvents, summarizeExport } from '../core/export';
import { counted } from '../core/group-digits';
import type { CorpusModel } from '../core/model';
import './download-menu.css';

const FORMAT_LABEL: Record<ExportFormat, string> = { geojson: 'GeoJSON', csv: 'CSV' };
const FORMATS: readonly ExportFormat[] = ['geojson', 'csv'];
/** The browser may still be reading the object URL after the click; FileSaver.js waits 40 s too. */
const REVOKE_AFTER_MS = 40_000;

function downloadFile(model: CorpusModel, positions: Int32Array, format: ExportFormat): void {
  const file = exportEvents(model, positions, format);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function DownloadMenu({ model, positions }: { model: CorpusModel; positions: Int32Array }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const count = positions.length;
  const events = counted(count, 'event');
  const summaryId = useId();
  // Counted only while open: the sentence says what the file will hold.
  const holds = useMemo(
    () => (open ? describeExport(summarizeExport(model, positions)) : ''),
    [open, model, positions],
  );

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only listens for Escape bubbling up from its buttons.
    <div className="dl-download" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="dl-download__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Download
      </button>
      <fieldset
        id={panelId}
        className="dl-download__formats"
        aria-label={`Download ${events}`}
        aria-describedby={summaryId}
        hidden={!open}
      >
        <p id={summaryId} className="dl-download__holds">
          {holds}
        </p>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="dl-download__format"
            aria-label={`Download ${events} as ${FORMAT_LABEL[format]}`}
            disabled={count === 0}
            onClick={() => {
              downloadFile(model, positions, format);
              close();
            }}
          >
            {FORMAT_LABEL[format]}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
