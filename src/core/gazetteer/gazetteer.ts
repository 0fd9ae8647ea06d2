// Build once, look up many: the large gazetteer (geo/gazetteer.json, see columns.ts) as name →
// candidate places. Parsing is total: a malformed file gives issues naming the place and field,
// never an exception.

import { GAZETTEER_FORMAT, KIND_LETTERS, SEPARATOR } from './columns';
import { NameIndex } from './name-index';
import { nameKey } from './name-key';

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

export interface GazetteerResult {
  readonly value: Gazetteer;
  readonly issues: readonly string[];
}

const KIND_OF_LETTER: Readonly<Record<string, GazetteerKind>> = Object.fromEntries(
  Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter, kind as GazetteerKind]),
);

type Root = Record<string, unknown>;
const lines = (root: Root, field: string) =>
  typeof root[field] === 'string' ? (root[field] as string).split(SEPARATOR) : null;
const numbers = (root: Root, field: string) =>
  Array.isArray(root[field]) ? (root[field] as unknown[]) : null;

/** The columns, checked for presence and length; null (with an issue) when one is missing. */
function readColumns(root: Root, file: string, issues: string[]) {
  if (root.format !== GAZETTEER_FORMAT) {
    issues.push(`${file}: field "format" must be "${GAZETTEER_FORMAT}"`);
    return null;
  }
  const n = typeof root.kinds === 'string' ? root.kinds.length : -1;
  if (n < 0) issues.push(`${file}: field "kinds" must be a string`);
  const perPlace = {
    ids: lines(root, 'ids'),
    names: lines(root, 'names'),
    country: numbers(root, 'country'),
    admin: numbers(root, 'admin'),
    lat: numbers(root, 'lat'),
    lon: numbers(root, 'lon'),
    population: numbers(root, 'population'),
  };
  for (const [field, column] of Object.entries(perPlace)) {
    if (column?.length !== n) issues.push(`${file}: field "${field}" must have one entry per place (${n})`);
  }
  const keys = lines(root, 'keys') ?? [];
  const postings = lines(root, 'postings') ?? [];
  if (keys.length !== postings.length)
    issues.push(`${file}: fields "keys" and "postings" must have equal length`);
  for (let k = 1; k < keys.length; k++) {
    if (!((keys[k - 1] as string) < (keys[k] as string))) {
      issues.push(`${file}: keys[${k}]: not in sorted order`);
      break;
    }
  }
  if (issues.length > 0) return null;
  const codes = Array.isArray(root.codes) ? root.codes.map(String) : [''];
  const kinds = root.kinds as string;
  return {
    ...(perPlace as { [K in keyof typeof perPlace]: NonNullable<(typeof perPlace)[K]> }),
    kinds,
    codes,
    keys,
    postings,
  };
}

type Columns = NonNullable<ReturnType<typeof readColumns>>;

/** The bad field of place i, or '' when it is good. One tight pass at load: validate at the edge. */
function badField(c: Columns, i: number): string {
  const lat = c.lat[i];
  const lon = c.lon[i];
  const population = c.population[i];
  if (c.ids[i] === '') return 'id';
  if (c.names[i] === '') return 'name';
  if (KIND_OF_LETTER[c.kinds[i] as string] === undefined) return 'kind';
  if (c.codes[c.country[i] as number] === undefined) return 'country';
  if (typeof lat !== 'number' || !(Math.abs(lat) <= 90e4)) return 'lat';
  if (typeof lon !== 'number' || !(Math.abs(lon) <= 180e4)) return 'lon';
  if (typeof population !== 'number' || !(population >= 0)) return 'population';
  if (c.codes[c.admin[i] as number] === undefined) return 'admin';
  return '';
}

const EMPTY_COLUMNS: Columns = {
  ids: [],
  names: [],
  country: [],
  admin: [],
  lat: [],
  lon: [],
  population: [],
  kinds: '',
  codes: [''],
  keys: [],
  postings: [],
};

export function parseGazetteer(json: unknown, file = 'geo/gazetteer.json'): GazetteerResult {
  const issues: string[] = [];
  const root = (typeof json === 'object' && json !== null ? json : {}) as Root;
  const c = readColumns(root, file, issues) ?? EMPTY_COLUMNS;
  const bad = new Set<number>();
  const ownIds = new Map<string, number>();
  for (let i = 0; i < c.kinds.length; i++) {
    const field = badField(c, i);
    if (field !== '') {
      issues.push(`${file}: places[${i}]: bad field ${field}`);
      bad.add(i);
    } else if ((c.ids[i] as string).charCodeAt(0) > 57) ownIds.set(c.ids[i] as string, i);
  }
  const boundaries = new Map<number, string>();
  for (const pair of Array.isArray(root.boundaries) ? root.boundaries : []) {
    if (Array.isArray(pair)) boundaries.set(Number(pair[0]), String(pair[1]));
  }
  // Places are made on first use: a draft touches a few hundred of the 25,000.
  const made: (GazetteerPlace | undefined)[] = [];
  const placeAt = (i: number): GazetteerPlace | undefined => {
    if (!(i >= 0 && i < c.kinds.length) || bad.has(i)) return undefined;
    made[i] ??= makePlace(c, boundaries, i);
    return made[i];
  };
  const demonyms = new Map<string, GazetteerPlace>();
  for (const pair of Array.isArray(root.demonyms) ? root.demonyms : []) {
    const place = Array.isArray(pair) ? placeAt(ownIds.get(String(pair[1])) ?? -1) : undefined;
    if (place && typeof pair[0] === 'string') demonyms.set(nameKey(pair[0]), place);
  }
  let places: readonly GazetteerPlace[] | null = null;
  let byId: ReadonlyMap<string, GazetteerPlace> | null = null;
  const value: Gazetteer = {
    get places() {
      places ??= c.ids.map((_, i) => placeAt(i)).filter((p) => p !== undefined);
      return places;
    },
    get byId() {
      byId ??= new Map(value.places.map((p) => [p.id, p]));
      return byId;
    },
    byName: new NameIndex(c.keys, c.postings, placeAt),
    demonyms,
    maxWords: typeof root.maxWords === 'number' ? Math.min(6, Math.max(1, root.maxWords)) : 1,
  };
  return { value, issues };
}

function makePlace(c: Columns, boundaries: ReadonlyMap<number, string>, i: number): GazetteerPlace {
  const rawId = c.ids[i] as string;
  return Object.freeze({
    // GeoNames ids are written as bare numbers; ours always start with a letter.
    id: rawId.charCodeAt(0) <= 57 ? `gn-${rawId}` : rawId,
    name: c.names[i] as string,
    kind: KIND_OF_LETTER[c.kinds[i] as string] as GazetteerKind,
    country: c.codes[c.country[i] as number] as string,
    lat: (c.lat[i] as number) / 1e4,
    lon: (c.lon[i] as number) / 1e4,
    population: c.population[i] as number,
    boundary: boundaries.get(i) ?? '',
    admin: c.codes[c.admin[i] as number] as string,
  });
}
