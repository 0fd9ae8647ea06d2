// Places named together lie together: "Walker County" beside "Huntsville" is the Texas county
// that holds Huntsville, Texas, not Alabama's (whose Huntsville is 150 km from it). Each
// candidate town or county counts the other names of the article with a candidate near it.

import type { GazetteerPlace } from '../gazetteer';

/** Two towns or counties this close support each other (km). */
const NEAR_KM = 60;
/** Namesakes per name looked at: the most populous. */
const MAX_CANDIDATES = 40;
/** A name with more namesakes than this ("Springfield") lies near anything: it supports none. */
const MAX_SUPPORTING = 12;
const KM_PER_DEGREE = 111.2;

/** Points only: a state's or a country's point says little about what lies near it. */
const isPoint = (p: GazetteerPlace) => p.kind === 'city' || p.kind === 'site' || p.id.startsWith('usc-');

function isNear(a: GazetteerPlace, b: GazetteerPlace): boolean {
  const dy = (a.lat - b.lat) * KM_PER_DEGREE;
  if (Math.abs(dy) > NEAR_KM) return false;
  const dx = (a.lon - b.lon) * KM_PER_DEGREE * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return dx * dx + dy * dy < NEAR_KM * NEAR_KM;
}

/** Place id → how many other distinct names have a candidate within NEAR_KM of it. */
export function nearbySupport(names: readonly (readonly GazetteerPlace[])[]): Map<string, number> {
  const points = names.map((c) => c.slice(0, MAX_CANDIDATES).filter(isPoint));
  const support = new Map<string, number>();
  points.forEach((mine, i) => {
    for (const p of mine) {
      let n = 0;
      points.forEach((theirs, j) => {
        const supports = j !== i && (names[j] as readonly GazetteerPlace[]).length <= MAX_SUPPORTING;
        if (supports && theirs.some((q) => q.id !== p.id && isNear(p, q))) n += 1;
      });
      if (n > 0) support.set(p.id, Math.max(n, support.get(p.id) ?? 0));
    }
  });
  return support;
}
