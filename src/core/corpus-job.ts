// The whole of loading a corpus, from file text to a validated corpus with its event index: what the
// app runs in a Web Worker (src/work/corpus-worker.ts) so a million events never freeze the page, and
// what runs in place where there is no worker. Pure: text in, values out, never throws.
import { formatIsoDay } from './dates';
import { parseGazetteer } from './gazetteer';
import {
  type ColumnMapping,
  type ImportReport,
  importInput,
  type Preset,
  type TownFinder,
  townFinder,
} from './import';
import { buildEventIndex, type EventIndex } from './index/event-index';
import { jsonParts } from './json-parts';
import { contentHash, contentHashOf, corpusLookups, keepLookups } from './model';
import { syntheticCorpus } from './synthetic';
import type { Corpus, Problem } from './types';
import { validateCorpus } from './validate';

export type CorpusJob =
  | {
      readonly kind: 'files';
      /** The corpus file's text and the name it is reported under, e.g. "data/corpus.json". */
      readonly corpusText: string;
      readonly corpusFile: string;
      readonly placesText: string;
      readonly placesFile: string;
      readonly boundaryIds?: readonly string[];
    }
  | {
      /** A file of the user's (CSV, TSV, GeoJSON or a Dateline corpus), converted by src/core/import. */
      readonly kind: 'import';
      readonly text: string;
      readonly fileName: string;
      readonly preset?: Preset | 'auto';
      readonly mapping?: ColumnMapping;
      readonly placesText: string;
      readonly placesFile: string;
      readonly boundaryIds?: readonly string[];
      /** geo/gazetteer.json's text, when the import looks names up in it (wantsTowns). */
      readonly gazetteerText?: string;
      /** False: the converted corpus is not frozen (the corpus worker's, which never hands it out). */
      readonly freeze?: boolean;
    }
  | {
      readonly kind: 'synthetic';
      readonly size: number;
      readonly seed: number;
      readonly placesText: string;
      readonly placesFile: string;
    };

export type CorpusJobResult =
  | {
      readonly ok: true;
      readonly corpus: Corpus;
      readonly index: EventIndex;
      readonly problems: readonly Problem[];
      readonly version: string;
      /**
       * For an import: false until its text (`imported`'s corpusParts and sourceTexts) and `version` are
       * asked for, which writes them. Absent: they were there from the start.
       */
      readonly isWritten?: () => boolean;
      /**
       * For an import: what happened to each row, and the converted corpus as Dateline JSON (to keep), in
       * pieces that join to its text (src/core/json-parts.ts).
       */
      readonly imported?: {
        readonly report: ImportReport;
        readonly corpusParts: readonly string[];
        /** Each of the corpus's sources as its JSON text (written once: for the kept text and the page). */
        readonly sourceTexts: readonly string[];
      };
    }
  | { readonly ok: false; readonly error: string };

/** What a job is doing, for a progress line ('converting': an import's rows, with a percentage). */
export type CorpusJobPhase = 'reading' | 'converting' | 'checking' | 'indexing';

/**
 * What the page needs of a finished import: it keeps the corpus text and reopens it as a dataset, so
 * the events themselves are not sent to the page (for 100k rows, that was most of the page's work).
 */
export interface ImportedDataset {
  readonly report: ImportReport;
  readonly corpusParts: readonly string[];
  readonly events: number;
  /** First and last day of the events (YYYY-MM-DD), null without events. */
  readonly from: string | null;
  readonly to: string | null;
}

export function importedDataset(
  result: Extract<CorpusJobResult, { ok: true }>,
  imported: NonNullable<Extract<CorpusJobResult, { ok: true }>['imported']>,
): ImportedDataset {
  return { report: imported.report, corpusParts: imported.corpusParts, ...datasetSpan(result) };
}

/** How many events a converted corpus holds, and their first and last day (without writing its text). */
export function datasetSpan(
  result: Extract<CorpusJobResult, { ok: true }>,
): Pick<ImportedDataset, 'events' | 'from' | 'to'> {
  const { index, corpus } = result;
  const some = corpus.events.length > 0;
  return {
    events: corpus.events.length,
    from: some ? formatIsoDay(index.minDay) : null,
    to: some ? formatIsoDay(index.maxDay) : null,
  };
}

function parse(text: string, what: string): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, error: `Could not load ${what}: it is not valid JSON` };
  }
}

export function runCorpusJob(
  job: CorpusJob,
  /** `percent`: how far the phase is (converting only). */
  onPhase: (phase: CorpusJobPhase, percent?: number) => void = () => {},
): CorpusJobResult {
  if (job.kind === 'import') return runImportJob(job, onPhase);
  onPhase('reading');
  const places = parse(job.placesText, `the gazetteer (${job.placesFile})`);
  if (!places.ok) return places;
  let corpusJson: unknown = { sources: [], topics: [], actors: [], events: [] };
  if (job.kind === 'files') {
    const read = parse(job.corpusText, `the event corpus (${job.corpusFile})`);
    if (!read.ok) return read;
    corpusJson = read.json;
  }
  onPhase('checking');
  const validated = validateCorpus({
    corpus: { file: job.kind === 'files' ? job.corpusFile : 'synthetic', json: corpusJson },
    places: { file: job.placesFile, json: places.json },
    ...(job.kind === 'files' && job.boundaryIds ? { boundaryIds: new Set(job.boundaryIds) } : {}),
  });
  const corpus =
    job.kind === 'synthetic'
      ? syntheticCorpus(validated.value.places, { events: job.size, seed: job.seed })
      : validated.value;
  const version = job.kind === 'synthetic' ? `syn${job.size}` : contentHash(job.corpusText, job.placesText);
  onPhase('indexing');
  return { ok: true, corpus, index: indexOf(corpus), problems: validated.problems, version };
}

function indexOf(corpus: Corpus): EventIndex {
  const { places, actors, sources } = corpusLookups(corpus);
  return buildEventIndex(corpus.events, { topics: corpus.topics, actors, sources, places });
}

/**
 * Converts the user's file with the import core, which also validates it (against the gazetteer and the
 * boundaries), and indexes the result; the converted corpus text is what the dataset store keeps.
 */
/** The large gazetteer's look-up; none (the names stay unknown) when its text does not parse. */
function towns(text: string): TownFinder | undefined {
  try {
    const { value } = parseGazetteer(JSON.parse(text));
    return value.places.length > 0 ? townFinder(value) : undefined;
  } catch {
    return undefined;
  }
}

function runImportJob(
  job: Extract<CorpusJob, { kind: 'import' }>,
  onPhase: (phase: CorpusJobPhase, percent?: number) => void,
): CorpusJobResult {
  onPhase('reading');
  const places = parse(job.placesText, `the gazetteer (${job.placesFile})`);
  if (!places.ok) return places;
  const gazetteer = validateCorpus({
    corpus: { file: job.placesFile, json: { sources: [], topics: [], actors: [], events: [] } },
    places: { file: job.placesFile, json: places.json },
  }).value.places;
  const boundaryIds = job.boundaryIds ? new Set(job.boundaryIds) : undefined;
  const finder = job.gazetteerText ? towns(job.gazetteerText) : undefined;
  let shown = -1;
  const imported = importInput(job.text, {
    fileName: job.fileName,
    onProgress: (fraction) => {
      // In steps of 5 %: each step re-renders the page's progress line.
      const percent = Math.floor(fraction * 20) * 5;
      if (percent === shown) return;
      shown = percent;
      onPhase('converting', percent);
    },
    places: gazetteer,
    ...(finder ? { towns: finder } : {}),
    ...(job.preset ? { preset: job.preset } : {}),
    ...(job.mapping ? { mapping: job.mapping } : {}),
    ...(boundaryIds ? { boundaryIds } : {}),
    ...(job.freeze === false ? { freeze: false } : {}),
  });
  if (!imported.ok) return { ok: false, error: imported.error };
  // An unfrozen copy (freeze: false) is one its worker never changes: its lookups are made once.
  if (job.freeze === false) keepLookups(imported.value);
  onPhase('indexing');
  // The corpus's text and its version are written when first asked for, not here: the corpus worker
  // opens the dataset on the page first (about 1.3 s sooner for 100k rows), and writes them after.
  let texts: { sourceTexts: string[]; corpusParts: string[]; version: string } | null = null;
  const written = () => {
    if (texts) return texts;
    // The sources (one or two per row) written once: for the kept text and for the page.
    const sourceTexts = imported.corpus.sources.map((s) => JSON.stringify(s));
    const corpusParts = jsonParts(imported.corpus, 'events', { key: 'sources', items: sourceTexts });
    texts = { sourceTexts, corpusParts, version: contentHashOf([...corpusParts, job.placesText]) };
    return texts;
  };
  return {
    ok: true,
    corpus: imported.value,
    index: indexOf(imported.value),
    // The import's own problems are in its report (skipped rows and warnings).
    problems: [],
    get version() {
      return written().version;
    },
    imported: {
      report: imported.report,
      get corpusParts() {
        return written().corpusParts;
      },
      get sourceTexts() {
        return written().sourceTexts;
      },
    },
    isWritten: () => texts !== null,
  };
}
