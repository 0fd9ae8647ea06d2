// A converted corpus as JSON text in pieces: joined, they are exactly JSON.stringify(corpus). One
// string per event is about twice as fast to make as the whole text at 100k events, a Blob is made
// from the pieces faster than from one 100 MB string (src/load/dataset-store.ts), and contentHash
// reads them in turn without joining them.

/** JSON.stringify(value) in pieces: the value without its last list, then each of that list's items. */
export function jsonParts<T extends object, K extends keyof T & string>(value: T, lastKey: K): string[] {
  const list = value[lastKey];
  if (!Array.isArray(list) || Object.keys(value).at(-1) !== lastKey) return [JSON.stringify(value)];
  // `{…,"events":[]}` without its closing `]}`.
  const head = JSON.stringify({ ...value, [lastKey]: [] }).slice(0, -2);
  const parts = [head];
  list.forEach((item: unknown, i: number) => {
    if (i > 0) parts.push(',');
    // As JSON.stringify writes a list's item: null for what it cannot write.
    parts.push(JSON.stringify(item) ?? 'null');
  });
  parts.push(']}');
  return parts;
}
