// Decodes geo/boundaries.topo.json (built by `npm run geo`) into GeoJSON areas and the border
// and coast meshes. Validates the shape at the edge: a bad geometry becomes a problem and is
// left out; the good ones still load. Never throws.

import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Problem, Validated } from '../types';
import { meshSteps } from './mesh-steps';

export const BOUNDARY_FILE = 'geo/boundaries.topo.json';

export const BOUNDARY_KINDS = ['country', 'exclave', 'disputed'] as const;
/** country: ISO 3166-1 alpha-3 id; exclave: detached part drawn apart (RUS-KGD); disputed: contested area. */
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

export interface BoundaryProperties {
  readonly id: string;
  readonly name: string;
  readonly kind: BoundaryKind;
  /** Alpha-3 of the de jure or sovereign country, for exclaves, disputed areas and dependencies. */
  readonly parent?: string;
  readonly aliases: readonly string[];
  /** The outline is traced coarsely by hand, not surveyed data. */
  readonly approximate: boolean;
}

export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties> & { readonly id: string };

export interface Boundaries {
  readonly areas: readonly BoundaryFeature[];
  /** Lines shared by two areas, drawn once. */
  readonly borders: MultiLineString;
  /** Lines of one area only: coasts. */
  readonly coasts: MultiLineString;
  readonly byId: ReadonlyMap<string, BoundaryFeature>;
}

type UnknownRecord = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is UnknownRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNumberPair = (value: unknown): boolean =>
  Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);

const isKind = (value: unknown): value is BoundaryKind => BOUNDARY_KINDS.some((kind) => kind === value);

const EMPTY: Boundaries = Object.freeze({
  areas: Object.freeze([]),
  borders: Object.freeze({ type: 'MultiLineString', coordinates: [] }),
  coasts: Object.freeze({ type: 'MultiLineString', coordinates: [] }),
  byId: new Map(),
});

function problem(record: string, field: string, message: string): Problem {
  return { file: BOUNDARY_FILE, record, field, message };
}

/** Problems with the topology's outer shape; none means arcs and objects.areas are usable. */
/** Arcs checked between two pauses of checkTopology. */
const ARCS_PER_STEP = 300;

function* checkTopology(input: unknown): Generator<void, Problem[], void> {
  if (!isRecord(input) || input.type !== 'Topology') {
    return [problem('#topology', 'type', 'expected a TopoJSON object with type "Topology"')];
  }
  const problems: Problem[] = [];
  const { transform, arcs, objects } = input;
  if (
    transform !== undefined &&
    !(isRecord(transform) && isNumberPair(transform.scale) && isNumberPair(transform.translate))
  ) {
    problems.push(problem('#topology', 'transform', 'expected { scale: [x, y], translate: [x, y] }'));
  }
  let arcsOk = Array.isArray(arcs);
  for (let at = 0; arcsOk && Array.isArray(arcs) && at < arcs.length; at += ARCS_PER_STEP) {
    if (at > 0) yield;
    arcsOk = arcs
      .slice(at, at + ARCS_PER_STEP)
      .every((arc) => Array.isArray(arc) && arc.length >= 2 && arc.every(isNumberPair));
  }
  if (!arcsOk) {
    problems.push(
      problem('#topology', 'arcs', 'expected an array of arcs, each an array of at least two [x, y]'),
    );
  }
  const areas = isRecord(objects) ? objects.areas : undefined;
  if (!isRecord(areas) || areas.type !== 'GeometryCollection' || !Array.isArray(areas.geometries)) {
    problems.push(problem('#topology', 'objects.areas', 'expected a GeometryCollection named "areas"'));
  }
  return problems;
}

function isArcIndexTree(value: unknown, depth: number, arcCount: number): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (depth === 0) {
    // A negative index ~i means arc i reversed.
    return value.every((i) => Number.isInteger(i) && (i < 0 ? ~i : i) < arcCount);
  }
  return value.every((child) => isArcIndexTree(child, depth - 1, arcCount));
}

/** The properties of one geometry, or the problems that keep it out. */
function checkGeometry(
  geometry: unknown,
  index: number,
  arcCount: number,
  seen: ReadonlySet<string>,
): BoundaryProperties | Problem[] {
  if (!isRecord(geometry)) return [problem(`#${index}`, '', 'expected a geometry object')];
  const id = geometry.id;
  const record = typeof id === 'string' && id !== '' ? id : `#${index}`;
  const properties = isRecord(geometry.properties) ? geometry.properties : {};
  const { name, kind, parent, aliases, approximate } = properties;
  const problems: Problem[] = [];
  if (typeof id !== 'string' || id === '')
    problems.push(problem(record, 'id', 'expected a non-empty string id'));
  else if (seen.has(id)) problems.push(problem(record, 'id', `duplicate id "${id}"`));
  const depth = geometry.type === 'Polygon' ? 1 : geometry.type === 'MultiPolygon' ? 2 : -1;
  if (depth < 0) problems.push(problem(record, 'type', 'expected "Polygon" or "MultiPolygon"'));
  else if (!isArcIndexTree(geometry.arcs, depth, arcCount)) {
    problems.push(problem(record, 'arcs', `expected ${geometry.type} arc indexes below ${arcCount}`));
  }
  if (typeof name !== 'string' || name === '')
    problems.push(problem(record, 'properties.name', 'expected a name'));
  if (!isKind(kind))
    problems.push(problem(record, 'properties.kind', `expected one of ${BOUNDARY_KINDS.join(', ')}`));
  if (parent !== undefined && typeof parent !== 'string') {
    problems.push(problem(record, 'properties.parent', 'expected a boundary id'));
  }
  const isAliasList = Array.isArray(aliases) && aliases.every((alias) => typeof alias === 'string');
  if (aliases !== undefined && !isAliasList) {
    problems.push(problem(record, 'properties.aliases', 'expected an array of strings'));
  }
  if (approximate !== undefined && typeof approximate !== 'boolean') {
    problems.push(problem(record, 'properties.approximate', 'expected true or false'));
  }
  if (problems.length > 0) return problems;
  return Object.freeze({
    id: id as string,
    name: name as string,
    kind: kind as BoundaryKind,
    ...(typeof parent === 'string' ? { parent } : {}),
    aliases: Object.freeze(isAliasList ? [...(aliases as string[])] : []),
    approximate: approximate === true,
  });
}

/** Decodes and validates geo/boundaries.topo.json. */
export function decodeBoundaries(input: unknown): Validated<Boundaries> {
  const steps = decodeBoundarySteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Areas decoded between two pauses of decodeBoundarySteps. */
const AREAS_PER_STEP = 8;

/**
 * decodeBoundaries in small steps: it pauses (yields) after every few areas and before each mesh, so
 * that a caller can spread the work over several tasks (src/load/run-in-slices.ts).
 */
export function* decodeBoundarySteps(input: unknown): Generator<void, Validated<Boundaries>, void> {
  const shapeProblems = yield* checkTopology(input);
  if (shapeProblems.length > 0) return { value: EMPTY, problems: shapeProblems };
  const topology = input as Topology;
  const collection = topology.objects.areas as GeometryCollection;
  const problems: Problem[] = [];
  const kept: GeometryCollection['geometries'] = [];
  const properties: BoundaryProperties[] = [];
  const seen = new Set<string>();
  for (const [index, geometry] of (collection.geometries as unknown[]).entries()) {
    if (index % AREAS_PER_STEP === 0) yield;
    const checked = checkGeometry(geometry, index, topology.arcs.length, seen);
    if (Array.isArray(checked)) {
      problems.push(...checked);
      continue;
    }
    seen.add(checked.id);
    kept.push(geometry as GeometryCollection['geometries'][number]);
    properties.push(checked);
  }
  const valid: GeometryCollection = { type: 'GeometryCollection', geometries: kept };
  const areas: BoundaryFeature[] = [];
  for (const [i, geometry] of kept.entries()) {
    if (i > 0 && i % AREAS_PER_STEP === 0) yield;
    const own = properties[i] as BoundaryProperties;
    const decoded = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    areas.push(
      Object.freeze({
        type: 'Feature',
        id: own.id,
        properties: own,
        geometry: decoded.geometry,
      }) as BoundaryFeature,
    );
  }
  yield;
  const borders = yield* meshSteps(topology, valid, (a, b) => a !== b);
  yield;
  const coasts = yield* meshSteps(topology, valid, (a, b) => a === b);
  const value: Boundaries = Object.freeze({
    areas: Object.freeze(areas),
    borders,
    coasts,
    byId: new Map(areas.map((area) => [area.id, area])),
  });
  return { value, problems };
}
