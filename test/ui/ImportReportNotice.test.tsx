// @vitest-environment jsdom
// The import report names its records as the format does: a CSV's rows, a GeoJSON file's features.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/core/import/types';
import { ImportReportNotice } from '../../src/ui/ImportReportNotice';

afterEach(cleanup);

const report = (over: Partial<ImportReport>): ImportReport => ({
  file: 'f',
  format: 'csv',
  preset: 'custom',
  rowsRead: 1,
  eventsLoaded: 1,
  rowsSkipped: 0,
  skipped: [],
  warnings: [],
  ...over,
});

describe('ImportReportNotice', () => {
  it('counts a GeoJSON file’s features and names a skipped one as a feature', () => {
    const { container } = render(
      <ImportReportNotice
        report={report({
          file: 'mixed.geojson',
          format: 'geojson',
          preset: 'geojson',
          rowsRead: 1204,
          eventsLoaded: 1203,
          rowsSkipped: 1,
          skipped: [{ row: 1005, column: 'geometry', reason: 'no coordinates' }],
        })}
        onDismiss={() => {}}
      />,
    );
    expect(container.querySelector('strong')?.textContent).toBe(
      'mixed.geojson: 1,204 features read, 1,203 events loaded, 1 skipped',
    );
    expect(container.querySelector('summary')?.textContent).toBe('Show skipped features');
    expect(container.querySelector('li')?.textContent).toBe('Feature 1,005, geometry: no coordinates');
  });

  it('counts a CSV’s rows, one in the singular', () => {
    const { container } = render(
      <ImportReportNotice report={report({ file: 'one.csv' })} onDismiss={() => {}} />,
    );
    expect(container.querySelector('strong')?.textContent).toBe(
      'one.csv: 1 row read, 1 event loaded, 0 skipped',
    );
  });
});
