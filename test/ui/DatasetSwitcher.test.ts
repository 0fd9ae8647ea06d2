import { describe, expect, it } from 'vitest';
import type { DatasetInfo } from '../../src/load/dataset-store';
import { menuNames } from '../../src/ui/DatasetSwitcher';

const kept = (id: string, name: string, importedAt: string): DatasetInfo => ({
  id,
  name,
  fileName: name,
  events: 1,
  from: null,
  to: null,
  importedAt,
});

describe('menuNames', () => {
  it('numbers a name kept more than once in import order, whatever order the list is in', () => {
    const names = menuNames([
      kept('c', 'acled.csv', '2026-12-05T10:00:00Z'),
      kept('a', 'acled.csv', '2026-12-01T10:00:00Z'),
      kept('x', 'ucdp.csv', '2026-12-02T10:00:00Z'),
      kept('b', 'acled.csv', '2026-12-03T10:00:00Z'),
    ]);
    expect(Object.fromEntries(names)).toEqual({
      a: 'acled.csv',
      b: 'acled.csv (2)',
      c: 'acled.csv (3)',
      x: 'ucdp.csv',
    });
  });
});
