import { describe, expect, it } from 'vitest';
import { pastedFileName } from '../../../src/core/import/pasted-name';

describe('pastedFileName', () => {
  it('names JSON text as GeoJSON, tab-separated text as TSV, and the rest as CSV', () => {
    expect(pastedFileName('  {"type":"FeatureCollection","features":[]}')).toBe('pasted.geojson');
    expect(pastedFileName('date\tlat\tlon\r\n2024-01-01\t1\t2')).toBe('pasted.tsv');
    expect(pastedFileName('\n20240101\t1\t2')).toBe('pasted.tsv');
    expect(pastedFileName('date,title\n2024-01-01,"a\tb"')).toBe('pasted.csv');
    expect(pastedFileName('date;lat;lon')).toBe('pasted.csv');
  });
});
