// Bring your own events: the import API, pure (no DOM), shared by the browser's Web Worker and the CLI.
//
//   sniffInput(fileName, text)            → Sniff: format (dateline | geojson | csv | tsv | gdelt),
//                                           preset (dateline | geojson | acled | ucdp | gdelt | custom),
//                                           delimiter, hasHeader
//   previewTable(text, sniff)             → { headers, rows (first 10), suggested: ColumnMapping }
//   importInput(text, options)            → { ok: true, corpus, value, report } | { ok: false, error, report? }
//        options: { fileName, preset?, mapping?, places (the gazetteer), boundaryIds?, onProgress?, signal?,
//                   maxSize? (characters; MAX_INPUT_BYTES = 200 MB by default) }
//        `corpus` is a Dateline corpus JSON object (data/corpus.schema.json) to store or download;
//        `value` is the same corpus already validated with the gazetteer: buildCorpusModel(value).
//        Rows with a point become the corpus's own places (`places`, kind city/site/region); country-level rows cite the gazetteer's
//        country (drawn as its area); GeoJSON polygons become own places with a `geometry`.
//   reportToCsv(report)                   → the skipped rows as CSV (row, column, reason)
//   wantsTowns(text, options)             → whether the import may look names up in the large gazetteer;
//                                           then pass options.towns = townFinder(parseGazetteer(…).value)
//
// Errors are values, never exceptions: a file that cannot be read at all comes back `ok: false` with
// one sentence naming the file; a bad row is skipped and named in the report; the good rows load.
// An aborted signal ends the import with `ok: false` ("cancelled").
export { importInput, wantsTowns } from './import-input';
export { previewTable } from './preview';
export { reportToCsv } from './report';
export { sniffInput } from './sniff';
export { type TownFinder, townFinder } from './towns';
export {
  type ColumnMapping,
  type CorpusJson,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
  INPUT_FORMATS,
  type InputFormat,
  MAX_INPUT_BYTES,
  PRESETS,
  PREVIEW_ROWS,
  type Preset,
  type PreviewTable,
  type SkippedRow,
  type Sniff,
} from './types';
