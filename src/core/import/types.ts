// The import API's shapes: what a file is sniffed as, how its columns map onto an event, and the
// report of what was read, loaded and skipped. Shared by the browser worker and the CLI.

import type { Corpus, Place } from '../types';
import type { TownFinder } from './towns';

export const INPUT_FORMATS = ['dateline', 'geojson', 'csv', 'tsv', 'gdelt'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const PRESETS = ['dateline', 'geojson', 'acled', 'ucdp', 'gdelt', 'custom'] as const;
/** A known layout whose codebook the importer honours; `custom` is a CSV mapped by hand. */
export type Preset = (typeof PRESETS)[number];

export interface Sniff {
  readonly format: InputFormat;
  readonly preset: Preset;
  /** CSV/TSV field delimiter (`,`, `;`, `\t`, `|`); absent for JSON. */
  readonly delimiter?: string;
  /** Whether the first row names the columns (GDELT files have none). */
  readonly hasHeader: boolean;
}

/**
 * Which column (by header name; for a file without header, "1", "2", … by position) holds what.
 * A row needs a date (`date`, or `start` with an optional `end`) and a location: `lat` + `lon`, or
 * `place` (a name looked up in the gazetteer), or `country` (a country name or ISO alpha-3 code,
 * drawn as the country's area).
 */
export interface ColumnMapping {
  readonly date?: string;
  readonly start?: string;
  readonly end?: string;
  readonly lat?: string;
  readonly lon?: string;
  readonly place?: string;
  readonly country?: string;
  readonly title?: string;
  readonly description?: string;
  /** Category column(s): each distinct value becomes a topic; the first is the main topic. */
  readonly topic?: readonly string[];
  readonly actors?: readonly string[];
  /** Outlet column; several outlets in one cell are separated by `;`. */
  readonly outlet?: string;
  readonly link?: string;
}

export interface PreviewTable {
  readonly headers: readonly string[];
  /** The first rows (at most PREVIEW_ROWS), as text. */
  readonly rows: readonly (readonly string[])[];
  /** The mapping a preset gives, or one guessed from the header names. */
  readonly suggested: ColumnMapping;
}

export interface SkippedRow {
  /** The row as a user counts it in the file: header = row 1 in a CSV with a header; feature index + 1 in GeoJSON. */
  readonly row: number;
  /** The column (or GeoJSON property / field) at fault. */
  readonly column: string;
  readonly reason: string;
}

export interface ImportReport {
  /** File name as given. */
  readonly file: string;
  readonly format: InputFormat;
  readonly preset: Preset;
  /** Data rows (or features, or corpus events) read. */
  readonly rowsRead: number;
  readonly eventsLoaded: number;
  readonly rowsSkipped: number;
  /** Every skipped row with the first reason found (a row is named once). */
  readonly skipped: readonly SkippedRow[];
  /** Problems with kept rows (a bad link dropped, an unknown actor column) that did not cost the row. */
  readonly warnings: readonly SkippedRow[];
}

export interface ImportOptions {
  readonly fileName: string;
  /** `auto` (or absent) sniffs it. */
  readonly preset?: Preset | 'auto';
  /** Overrides the preset's or the guessed mapping (CSV/TSV only). */
  readonly mapping?: ColumnMapping;
  /** The gazetteer (geo/places.json, validated), for place and country names. */
  readonly places: readonly Place[];
  /**
   * Names the small gazetteer does not know, looked up in the large one (geo/gazetteer.json) when the
   * caller loaded it: `wantsTowns` says when an import needs it.
   */
  readonly towns?: TownFinder;
  /** Boundary ids of geo/boundaries.topo.json; checked when given. */
  readonly boundaryIds?: ReadonlySet<string>;
  /** Called with 0..1 now and then (every few thousand rows). */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
  /** Size limit in characters; MAX_INPUT_BYTES unless given (tests use a small one). */
  readonly maxSize?: number;
  /** False: `value` is not frozen (validateCorpus's `freeze`; the corpus worker's own copy only). */
  readonly freeze?: boolean;
}

export type ImportResult =
  | {
      readonly ok: true;
      /** A Dateline corpus JSON object (data/corpus.schema.json), ready for validateCorpus. */
      readonly corpus: CorpusJson;
      /**
       * The same corpus validated with the gazetteer (frozen unless `freeze: false`): pass it to
       * buildCorpusModel directly.
       */
      readonly value: Corpus;
      readonly report: ImportReport;
    }
  /** Nothing could be read: an empty, binary or over-size file, no date or location column… */
  | { readonly ok: false; readonly error: string; readonly report?: ImportReport };

/** The JSON form of a corpus file (what data/corpus.json holds), before validation. */
export interface CorpusJson {
  readonly sources: readonly unknown[];
  readonly topics: readonly unknown[];
  readonly actors: readonly unknown[];
  readonly places?: readonly unknown[];
  readonly events: readonly unknown[];
}

/** Largest input the importer reads: 200 MB of text (about 1M ACLED rows). Larger files are refused. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/** Rows a preview shows. */
export const PREVIEW_ROWS = 10;
