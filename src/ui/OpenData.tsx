// "Open data": pick a file, drop one anywhere on the page, or paste CSV / GeoJSON text. A CSV or TSV
// shows its first rows and which column is what (a recognised preset — ACLED, UCDP, GDELT — fills
// that in); the import itself runs in a worker, with progress and Cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportState } from '../app/use-import';
import { pastedFileName } from '../core/import/pasted-name';
import { type ColumnMapping, MAX_INPUT_BYTES, type PreviewTable, type Sniff } from '../core/import/types';
import type { ImportRequest } from '../load/load-corpus';
import { DataHosts } from './DataHosts';
import { LoadingPanel } from './StatusPanel';

/** The mapping's single-column fields, in the order the form asks for them. */
const FIELDS: readonly [keyof ColumnMapping, string][] = [
  ['date', 'Date'],
  ['start', 'Start date'],
  ['end', 'End date'],
  ['lat', 'Latitude'],
  ['lon', 'Longitude'],
  ['place', 'Place name'],
  ['country', 'Country'],
  ['title', 'Title'],
  ['description', 'Description'],
  ['topic', 'Category → topic'],
  ['actors', 'Actor'],
  ['outlet', 'Source / outlet'],
  ['link', 'Link'],
];
const LIST_FIELDS = new Set<keyof ColumnMapping>(['topic', 'actors']);
/** What a file was read as, in words ("GeoJSON", not "GEOJSON, recognised as GEOJSON"). */
const FORMAT_NAMES: Record<Sniff['format'], string> = {
  dateline: 'a Dateline corpus (JSON)',
  geojson: 'GeoJSON',
  csv: 'CSV',
  tsv: 'TSV (tab-separated)',
  gdelt: 'a GDELT events file (tab-separated, no header)',
};

/** The presets whose codebook a hand-changed mapping gives up, by name. */
const CODEBOOKS: Partial<Record<Sniff['preset'], string>> = {
  acled: 'ACLED',
  ucdp: 'UCDP GED',
  gdelt: 'GDELT',
};

function columnOf(mapping: ColumnMapping, field: keyof ColumnMapping): string {
  const value = mapping[field];
  return (Array.isArray(value) ? value[0] : (value as string | undefined)) ?? '';
}

/** The columns of a list field after its first ("sub_event_type" for ACLED's topics), read too. */
function alsoOf(mapping: ColumnMapping, field: keyof ColumnMapping): readonly string[] {
  const value = mapping[field];
  return Array.isArray(value) ? value.slice(1) : [];
}

function withColumn(mapping: ColumnMapping, field: keyof ColumnMapping, column: string): ColumnMapping {
  const next: Record<string, unknown> = { ...mapping };
  if (column === '') delete next[field];
  else next[field] = LIST_FIELDS.has(field) ? [column] : column;
  return next as ColumnMapping;
}

/**
 * Bytes of a chosen file read on the page: sniffInput reads 64 KB and the preview ten rows. (A cut
 * through a character or a row at the end shows in no preview row unless ten rows are longer.)
 */
const PREVIEW_BYTES = 2 * 1024 * 1024;

interface Input {
  /** The text, or for a file its first PREVIEW_BYTES. */
  readonly text: string;
  readonly fileName: string;
  /** The file it was read from: the worker reads it again itself, so the text is not posted to it. */
  readonly file?: Blob;
  /** Set for a `?data=` address whose columns must be mapped first. */
  readonly sourceUrl?: string;
}

export interface OpenDataProps {
  readonly state: ImportState;
  readonly onImport: (request: ImportRequest) => void;
  readonly onCancel: () => void;
  /** A file that arrived otherwise (a `?data=` CSV to map): the dialog opens with it. */
  readonly incoming?: Input | undefined;
}

export function OpenData({ state, onImport, onCancel, incoming }: OpenDataProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [input, setInput] = useState<Input | null>(null);
  const [pasted, setPasted] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  // A preset's own rules (titles, precision codes) apply unless the person changes the mapping.
  const [mappingChanged, setMappingChanged] = useState(false);
  const [dragging, setDragging] = useState(false);

  const [read, setRead] = useState<{ sniff: Sniff; table: PreviewTable | null } | null>(null);
  const sniff = read?.sniff ?? null;
  const table = read?.table ?? null;
  const codebook = sniff ? CODEBOOKS[sniff.preset] : undefined;
  // The import code (and its CSV parser) loads only when a file is opened, not with the page.
  useEffect(
    function readInput() {
      setRead(null);
      if (!input) return;
      let current = true;
      void import('../core/import').then(({ sniffInput, previewTable }) => {
        if (!current) return;
        const sniffed = sniffInput(input.fileName, input.text);
        const isTable = sniffed.format === 'csv' || sniffed.format === 'tsv';
        const preview = isTable ? previewTable(input.text, sniffed) : null;
        setRead({ sniff: sniffed, table: preview });
        setMapping(preview ? preview.suggested : null);
        setMappingChanged(false);
      });
      return function stale() {
        current = false;
      };
    },
    [input],
  );

  const open = useCallback((next: Input | null) => {
    setInput(next);
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  useEffect(
    function openIncoming() {
      if (incoming) open(incoming);
    },
    [incoming, open],
  );
  const [tooBig, setTooBig] = useState<string | null>(null);
  const readFile = useCallback(
    async (file: File) => {
      // Refused before reading: a 1 GB file must not be pulled into the tab's memory first.
      if (file.size > MAX_INPUT_BYTES) {
        setTooBig(
          `${file.name} is ${Math.round(file.size / 1e6).toLocaleString('en-GB')} MB; Dateline opens files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB. Split it, or filter it first.`,
        );
        open(null);
        return;
      }
      setTooBig(null);
      // Only the head, for recognising the format and showing the first rows: the worker reads the file
      // itself (decoding all of a 30 MB file here took the page ~100 ms in one task).
      const text = await (file.size > PREVIEW_BYTES ? file.slice(0, PREVIEW_BYTES) : file).text();
      open({ text, fileName: file.name, file });
    },
    [open],
  );

  // Drop a file anywhere on the page.
  useEffect(
    function listenForDrops() {
      const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
      const over = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      };
      const leave = (e: DragEvent) => {
        if (e.relatedTarget === null) setDragging(false);
      };
      const drop = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) void readFile(file);
      };
      window.addEventListener('dragover', over);
      window.addEventListener('dragleave', leave);
      window.addEventListener('drop', drop);
      return function stopListening() {
        window.removeEventListener('dragover', over);
        window.removeEventListener('dragleave', leave);
        window.removeEventListener('drop', drop);
      };
    },
    [readFile],
  );

  const working = state.status === 'working';
  // The progress comes below the mapping, often under the dialog's fold: it is brought into view, and
  // again when a phase changes its height (a bar where there was a spinner).
  const progress = useRef<HTMLDivElement>(null);
  const phase = state.status === 'working' ? (state.progress?.phase ?? 'starting') : null;
  useEffect(
    function showProgress() {
      if (phase !== null) progress.current?.scrollIntoView?.({ block: 'nearest' });
    },
    [phase],
  );
  return (
    <>
      <button type="button" className="dl-header__button" aria-label="Open data" onClick={() => open(input)}>
        <span className="dl-label-long">Open data</span>
        <span className="dl-label-short">Open</span>
      </button>
      {dragging && (
        <div className="dl-drop" aria-hidden="true">
          Drop a CSV, TSV, GeoJSON or Dateline file to open it
        </div>
      )}
      <dialog ref={dialog} className="dl-dialog dl-open" aria-labelledby="dl-open-title">
        <h2 id="dl-open-title">Open data</h2>
        <p>
          A CSV or TSV (ACLED, UCDP GED and GDELT exports are recognised), a GeoJSON file or a Dateline
          corpus. It stays in this browser: nothing is uploaded.
        </p>
        <label className="dl-share__field">
          File
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,.geojson,.CSV,.TSV"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void readFile(file);
            }}
          />
        </label>
        <label className="dl-share__field">
          Or paste CSV or GeoJSON
          <textarea rows={3} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          disabled={pasted.trim() === ''}
          onClick={() =>
            open({
              text: pasted,
              fileName: pastedFileName(pasted),
            })
          }
        >
          Use pasted text
        </button>
        {input && sniff && (
          <section aria-label="What was read" className="dl-open__read">
            <p>
              <strong>{input.fileName}</strong>: {FORMAT_NAMES[sniff.format]}
              {sniff.preset === 'acled' || sniff.preset === 'ucdp'
                ? `, recognised as ${sniff.preset.toUpperCase()}`
                : ''}
              .
            </p>
            {table && mapping && (
              <>
                <div className="dl-open__preview">
                  <table>
                    <caption>First rows</caption>
                    <thead>
                      <tr>
                        {table.headers.map((h, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: two columns may share a header name
                          <th key={`${i}-${h}`} scope="col">
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {table.rows.slice(0, 3).map((row, r) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity but their place
                        <tr key={r}>
                          {row.map((cell, c) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their column
                            <td key={c}>{cell}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <fieldset className="dl-open__mapping">
                  <legend>Which column is what</legend>
                  {FIELDS.map(([field, label]) => {
                    const also = alsoOf(mapping, field);
                    return (
                      <label key={field}>
                        {label}
                        {also.length > 0 && <span className="dl-open__also"> (and {also.join(', ')})</span>}
                        <select
                          value={columnOf(mapping, field)}
                          onChange={(e) => {
                            setMapping(withColumn(mapping, field, e.currentTarget.value));
                            setMappingChanged(true);
                          }}
                        >
                          <option value="">—</option>
                          {table.headers.map((h) => (
                            <option key={h} value={h}>
                              {h}
                            </option>
                          ))}
                        </select>
                      </label>
                    );
                  })}
                </fieldset>
                {mappingChanged && codebook && (
                  <p className="dl-open__codebook" role="note">
                    With the mapping changed, the file is read as a plain table of the columns above:{' '}
                    {codebook}'s own rules (its date and place precision codes, titles and labels) no longer
                    apply.{' '}
                    <button
                      type="button"
                      onClick={(e) => {
                        // The button goes with the note: the keyboard's place moves to the first column.
                        e.currentTarget.closest('.dl-open__read')?.querySelector('select')?.focus();
                        setMapping(table.suggested);
                        setMappingChanged(false);
                      }}
                    >
                      Use {codebook}'s mapping and rules
                    </button>
                  </p>
                )}
              </>
            )}
            <button
              type="button"
              className="dl-open__go"
              disabled={working}
              onClick={() =>
                onImport({
                  text: input.text,
                  fileName: input.fileName,
                  ...(input.file ? { file: input.file } : {}),
                  ...(mapping && mappingChanged ? { mapping } : {}),
                  ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
                })
              }
            >
              Import
            </button>
          </section>
        )}
        {working && (
          <div ref={progress} className="dl-open__working">
            <LoadingPanel inline what={input?.fileName ?? 'the file'} progress={state.progress} />
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        )}
        {tooBig && (
          <p role="alert" className="dl-open__error">
            {tooBig}
          </p>
        )}
        {state.status === 'error' && (
          <p role="alert" className="dl-open__error">
            {state.error}
          </p>
        )}
        <DataHosts />
        <form method="dialog">
          <button type="submit" className="dl-dialog__close">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
