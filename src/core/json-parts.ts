// A converted corpus as JSON text in pieces: joined, they are exactly JSON.stringify(corpus). One
// string per event is about twice as fast to make as the whole text at 100k events, contentHash reads
// them in turn without joining them, and the dataset store keeps them joined into a few long ones
// (joinParts; src/load/dataset-store.ts).

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

/**
 * The pieces joined into as few strings as fit in `max` characters each, in order: joined again they
 * are the same text. A piece longer than `max` is cut into strings of `max`.
 */
export function joinParts(parts: readonly string[], max: number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let length = 0;
  const flush = () => {
    if (length > 0) out.push(run.join(''));
    run = [];
    length = 0;
  };
  for (const part of parts) {
    if (length + part.length > max) flush();
    if (part.length > max) {
      for (let at = 0; at < part.length; at += max) out.push(part.slice(at, at + max));
      continue;
    }
    run.push(part);
    length += part.length;
  }
  flush();
  return out;
}
