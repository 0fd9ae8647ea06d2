// A converted corpus as JSON text in pieces: joined, they are exactly JSON.stringify(corpus). One
// string per event is about twice as fast to make as the whole text at 100k events, contentHash reads
// them in turn without joining them, and the dataset store keeps them joined into a few long ones
// (joinParts; src/load/dataset-store.ts).

/**
 * JSON.stringify(value) in pieces: the value without its last list, then each of that list's items, a
 * comma between two, and the closing `]}`: the last list's item i is piece `parts.length - 2n + 2i`
 * of n items (lastItemAt). `first`: the value's first key's list already written, an item a text (as
 * JSON.stringify writes each), put in as pieces of their own rather than written again (an import's
 * sources, which the corpus worker sends the page as those texts), and not joined into one long head:
 * joining 200k sources copies 30 MB before the page can be sent anything (the dataset store joins
 * the pieces later, once the page has its first answers).
 */
export function jsonParts<T extends object, K extends keyof T & string>(
  value: T,
  lastKey: K,
  first?: { readonly key: keyof T & string; readonly items: readonly string[] },
): string[] {
  const list = value[lastKey];
  const keys = Object.keys(value);
  if (!Array.isArray(list) || keys.at(-1) !== lastKey) return [JSON.stringify(value)];
  // `{…,"events":[` without the closing `]}`.
  const parts =
    first && keys[0] === first.key && first.key !== lastKey
      ? spliced(value, lastKey, first.key, first.items)
      : [JSON.stringify({ ...value, [lastKey]: [] }).slice(0, -2)];
  list.forEach((item: unknown, i: number) => {
    if (i > 0) parts.push(',');
    // As JSON.stringify writes a list's item: null for what it cannot write.
    parts.push(JSON.stringify(item) ?? 'null');
  });
  parts.push(']}');
  return parts;
}

/** Where jsonParts put item `i` of a last list of `count` items, in `parts`; -1 when it cannot be. */
export function lastItemAt(parts: readonly string[], count: number, i: number): number {
  const at = parts.length - 2 * count + 2 * i;
  return count > 0 && parts.length >= 2 * count + 1 && parts.at(-1) === ']}' ? at : -1;
}

/** The head's pieces, the first key's list from its items' texts: `{"key":[`, items and commas, `]` + the rest. */
function spliced<T extends object>(
  value: T,
  lastKey: string,
  key: string,
  items: readonly string[],
): string[] {
  // `{"key":0,…,"last":[]}`: the rest is written as JSON.stringify writes it, then the 0 replaced.
  const rest = JSON.stringify({ ...value, [key]: 0, [lastKey]: [] }).slice(0, -2);
  const opening = `{${JSON.stringify(key)}:0`;
  const parts = [`{${JSON.stringify(key)}:[`];
  items.forEach((item, i) => {
    if (i > 0) parts.push(',');
    parts.push(item);
  });
  parts.push(`]${rest.slice(opening.length)}`);
  return parts;
}

/** JSON.stringify(list) in slices of `size` items, each the text of a list of its own. */
export function listSlices(list: readonly unknown[], size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < list.length; at += size) out.push(JSON.stringify(list.slice(at, at + size)));
  return out;
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
