// Export of the events a query selects, as GeoJSON or CSV; used by scripts/export.ts and the
// Download menu so the command line and the app write the same files.
import type { CorpusModel } from '../model';
import { serializeCsv } from './csv';
import { serializeGeoJson } from './geojson';
import { buildExportRows } from './rows';

export { CSV_COLUMNS, csvField, serializeCsv } from './csv';
export {
  buildGeoJson,
  type EventFeatureCollection,
  type ExportProperties,
  type PointFeature,
  serializeGeoJson,
} from './geojson';
export {
  buildExportRows,
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportRow,
  type ExportSource,
  roundCoordinate,
} from './rows';
export {
  adoptExportCounts,
  describeExport,
  type ExportCounts,
  type ExportSummary,
  exportCounts,
  summarizeExport,
} from './summary';

export const EXPORT_FORMATS = ['geojson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly text: string;
}

const FORMAT: Record<
  ExportFormat,
  { readonly extension: string; readonly mediaType: string; readonly serialize: typeof serializeCsv }
> = {
  geojson: { extension: 'geojson', mediaType: 'application/geo+json', serialize: serializeGeoJson },
  csv: { extension: 'csv', mediaType: 'text/csv;charset=utf-8', serialize: serializeCsv },
};

export function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

/** The export file of the events at `positions` (into model.index.events). */
export function exportEvents(model: CorpusModel, positions: Int32Array, format: ExportFormat): ExportFile {
  const { extension, mediaType, serialize } = FORMAT[format];
  return {
    fileName: `dateline-events.${extension}`,
    mediaType,
    text: serialize(buildExportRows(model, positions)),
  };
}
