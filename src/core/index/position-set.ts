// Positions collected in the order an index window visits them, returned ascending (date order). The
// window visits the main arrays in order, then the few events of other duration classes: for a large set,
// marking each position and reading the marks back is linear, where sorting 100,000 numbers took most of
// a query's time.

export interface PositionSet {
  add(position: number): void;
  /** The positions added, ascending, in an array of their own. */
  sorted(): Int32Array;
}

/** Room for every position below `total` (each added at most once). */
export function positionSet(total: number): PositionSet {
  const out = new Int32Array(total);
  let found = 0;
  let ordered = true;
  return {
    add(position) {
      if (found > 0 && position < (out[found - 1] ?? 0)) ordered = false;
      out[found++] = position;
    },
    sorted() {
      if (ordered) return out.slice(0, found);
      if (found < total >>> 4) return out.slice(0, found).sort();
      const marks = new Uint8Array(total);
      for (let k = 0; k < found; k++) marks[out[k] ?? 0] = 1;
      const sorted = new Int32Array(found);
      let k = 0;
      for (let p = 0; p < total; p++) if (marks[p]) sorted[k++] = p;
      return sorted;
    },
  };
}
