// Relations between visible events, and the curved arc that draws one.
import type { RelationType } from '../types';
import { RELATION_TYPES } from '../types';
import type { AggregationPrep } from './prepare';

export interface VisibleRelation {
  /** Position of the event that relates (e.g. the response). */
  readonly from: number;
  /** Position of the event it relates to. */
  readonly to: number;
  readonly type: RelationType;
}

/**
 * Calls `visit` for each relation whose both ends are visible and drawn at different spots, in
 * position order, until it returns false; returns how many were visited.
 */
function eachVisibleRelation(
  prep: AggregationPrep,
  positions: Int32Array,
  visit: (from: number, to: number, entry: number) => boolean,
): number {
  const visible = new Uint8Array(prep.firstTopic.length);
  for (let k = 0; k < positions.length; k++) visible[positions[k] as number] = 1;
  let n = 0;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    for (let j = prep.relOffset[i] as number; j < (prep.relOffset[i + 1] as number); j++) {
      const to = prep.relTarget[j] as number;
      if (!visible[to]) continue;
      const sameSpot = prep.anchorLat[i] === prep.anchorLat[to] && prep.anchorLon[i] === prep.anchorLon[to];
      if (
        sameSpot ||
        Number.isNaN(prep.anchorLat[i] ?? Number.NaN) ||
        Number.isNaN(prep.anchorLat[to] ?? Number.NaN)
      )
        continue;
      n++;
      if (!visit(i, to, j)) return n;
    }
  }
  return n;
}

/**
 * Relations whose both ends are visible and drawn at different spots, in position order; the first
 * `limit` of them when given (the map draws only so many).
 */
export function visibleRelations(
  prep: AggregationPrep,
  positions: Int32Array,
  limit = Number.POSITIVE_INFINITY,
): VisibleRelation[] {
  const out: VisibleRelation[] = [];
  if (limit <= 0) return out;
  eachVisibleRelation(prep, positions, (from, to, j) => {
    out.push({ from, to, type: RELATION_TYPES[prep.relType[j] as number] ?? 'response-to' });
    return out.length < limit;
  });
  return out;
}

/**
 * The visible relations that touch one of the `focus` positions (the selected or hovered events): the
 * arcs the map draws when the layer of all arcs is off. The first `limit` of them.
 */
export function relationsTouching(
  prep: AggregationPrep,
  positions: Int32Array,
  focus: readonly number[],
  limit = Number.POSITIVE_INFINITY,
): VisibleRelation[] {
  const out: VisibleRelation[] = [];
  if (focus.length === 0 || limit <= 0) return out;
  const wanted = new Set(focus);
  eachVisibleRelation(prep, positions, (from, to, j) => {
    if (wanted.has(from) || wanted.has(to))
      out.push({ from, to, type: RELATION_TYPES[prep.relType[j] as number] ?? 'response-to' });
    return out.length < limit;
  });
  return out;
}

/** How many relations visibleRelations would return without a limit. */
export function countVisibleRelations(prep: AggregationPrep, positions: Int32Array): number {
  return eachVisibleRelation(prep, positions, () => true);
}

/**
 * A quadratic Bézier from `from` to `to` ([lat, lon] degrees), bent to the left of the direction of
 * travel by `bend` × the chord length, sampled at `segments` + 1 points (ends included).
 */
export function arcLatLngs(
  from: readonly [number, number],
  to: readonly [number, number],
  bend = 0.2,
  segments = 24,
): [number, number][] {
  const [y0, x0] = from;
  const [y1, x1] = to;
  const cx = (x0 + x1) / 2 - (y1 - y0) * bend;
  const cy = (y0 + y1) / 2 + (x1 - x0) * bend;
  const out: [number, number][] = [];
  for (let s = 0; s <= segments; s++) {
    const t = s / segments;
    const u = 1 - t;
    out.push([u * u * y0 + 2 * u * t * cy + t * t * y1, u * u * x0 + 2 * u * t * cx + t * t * x1]);
  }
  return out;
}
