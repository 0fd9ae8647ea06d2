// Build once, look up many: the large gazetteer (geo/gazetteer.json) as name → candidate places.
// Parsing is total: a malformed file gives issues naming the row and field, never an exception.

export type GazetteerKind = 'country' | 'region' | 'city' | 'site';

export interface GazetteerPlace {
  readonly id: string;
  readonly name: string;
  readonly kind: GazetteerKind;
  /** Place id of the country it lies in ('' for countries). */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** Boundary id in geo/boundaries.topo.json ('' when it has none). */
  readonly boundary: string;
  /** Place id of the US state a US town lies in ('' elsewhere). */
  readonly admin: string;
}

export interface Gazetteer {
  readonly places: readonly GazetteerPlace[];
  readonly byId: ReadonlyMap<string, GazetteerPlace>;
  /** Folded name or alias → candidates, most populous first. */
  readonly byName: ReadonlyMap<string, readonly GazetteerPlace[]>;
  /** Folded demonym or adjective ("russian") → country place. */
  readonly demonyms: ReadonlyMap<string, GazetteerPlace>;
  /** The longest name, in words: how far the finder looks ahead. */
  readonly maxWords: number;
}

const KINDS: ReadonlySet<string> = new Set(['country', 'region', 'city', 'site']);

/** Case- and accent-insensitive key for a name; inner whitespace collapsed. */
export function nameKey(text: string): string {
  // Most names are plain ASCII: skip the costly Unicode normalisation for them.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
}

function rowPlace(row: unknown): { place: GazetteerPlace; aliases: string[] } | string {
  if (!Array.isArray(row) || row.length !== 10) return 'not a 10-field row';
  const [id, name, kind, country, lat, lon, population, boundary, aliases, admin] = row as unknown[];
  if (typeof id !== 'string' || id === '') return 'id';
  if (typeof name !== 'string' || name === '') return 'name';
  if (typeof kind !== 'string' || !KINDS.has(kind)) return 'kind';
  if (typeof country !== 'string') return 'country';
  if (typeof lat !== 'number' || !(Math.abs(lat) <= 90)) return 'lat';
  if (typeof lon !== 'number' || !(Math.abs(lon) <= 180)) return 'lon';
  if (typeof population !== 'number' || !(population >= 0)) return 'population';
  if (typeof boundary !== 'string') return 'boundary';
  if (typeof aliases !== 'string') return 'aliases';
  if (typeof admin !== 'string') return 'admin';
  const place = { id, name, kind: kind as GazetteerKind, country, lat, lon, population, boundary, admin };
  return { place, aliases: aliases === '' ? [] : aliases.split('|') };
}

export interface GazetteerResult {
  readonly value: Gazetteer;
  readonly issues: readonly string[];
}

export function parseGazetteer(json: unknown, file = 'geo/gazetteer.json'): GazetteerResult {
  const issues: string[] = [];
  const root = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const rows = Array.isArray(root.places) ? root.places : [];
  if (!Array.isArray(root.places)) issues.push(`${file}: field "places" must be an array`);
  const places: GazetteerPlace[] = [];
  const byName = new Map<string, GazetteerPlace[]>();
  let maxWords = 1;
  const add = (name: string, place: GazetteerPlace) => {
    const key = nameKey(name);
    if (key === '') return;
    const list = byName.get(key) ?? [];
    if (!list.includes(place)) list.push(place);
    byName.set(key, list);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  rows.forEach((row, i) => {
    const read = rowPlace(row);
    if (typeof read === 'string') {
      issues.push(`${file}: places[${i}]: bad field ${read}`);
      return;
    }
    places.push(read.place);
    add(read.place.name, read.place);
    for (const alias of read.aliases) add(alias, read.place);
  });
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  const byId = new Map(places.map((p) => [p.id, p]));
  const demonyms = new Map<string, GazetteerPlace>();
  for (const pair of Array.isArray(root.demonyms) ? root.demonyms : []) {
    const place = Array.isArray(pair) ? byId.get(String(pair[1])) : undefined;
    if (place && typeof pair[0] === 'string') demonyms.set(nameKey(pair[0]), place);
  }
  return { value: { places, byId, byName, demonyms, maxWords: Math.min(maxWords, 6) }, issues };
}
