// Small helpers the preset readers share.

import type { PropertyValue } from '../../types';
import { setOwn } from '../../validate/own';
import { cellAt, columnOf } from '../columns';

/** A column getter by header name for one file: `get(cells, 'event_date')`. */
export function columnsOf(headers: readonly string[]) {
  const cache = new Map<string, number>();
  const index = (name: string) => {
    let i = cache.get(name);
    if (i === undefined) {
      i = columnOf(headers, name);
      cache.set(name, i);
    }
    return i;
  };
  return {
    index,
    get: (cells: readonly string[], name: string) => cellAt(cells, index(name)),
    has: (name: string) => index(name) >= 0,
  };
}

/** The named columns' non-empty cells as a property table; numeric cells become numbers. */
export function keep(
  cells: readonly string[],
  get: (cells: readonly string[], name: string) => string,
  names: readonly string[],
): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const name of names) {
    const v = get(cells, name);
    if (v === '') continue;
    const n = Number(v);
    setOwn(out, name, NUMBER.test(v) && Number.isFinite(n) ? n : v);
  }
  return out;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
