// The geoparsing field's own measures: mention precision/recall/F1 (a prediction counts when its
// span overlaps a gold span), Accuracy@161km and the median error of the matched mentions.

import { distanceKm } from '../gazetteer';

export interface GoldPlace {
  readonly start: number;
  readonly end: number;
  readonly lat: number;
  readonly lon: number;
  /**
   * When the gold place is an area (a country, or a first-level region such as a state or
   * province), its kind and name: then choosing that area counts as resolved at 0 km. An area is
   * not a point, and two gazetteers put a province's point hundreds of km apart (Queensland: 530).
   */
  readonly area?: { readonly kind: 'country' | 'region'; readonly name: string };
}

export interface PredictedPlace {
  readonly start: number;
  readonly end: number;
  readonly lat: number;
  readonly lng: number;
  readonly kind: string;
  readonly name: string;
}

export interface PlaceTally {
  predicted: number;
  gold: number;
  /** Predictions that overlap some gold span. */
  truePredicted: number;
  /** Gold spans overlapped by some prediction. */
  foundGold: number;
  /** Error in km of each matched pair (0 for a right country or region). */
  errorsKm: number[];
}

export const emptyTally = (): PlaceTally => ({
  predicted: 0,
  gold: 0,
  truePredicted: 0,
  foundGold: 0,
  errorsKm: [],
});

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Adds one document's predictions and gold spans to `tally`. */
export function tallyPlaces(
  tally: PlaceTally,
  predicted: readonly PredictedPlace[],
  gold: readonly GoldPlace[],
): void {
  tally.predicted += predicted.length;
  tally.gold += gold.length;
  tally.truePredicted += predicted.filter((p) => gold.some((g) => overlaps(p, g))).length;
  for (const g of gold) {
    const p = predicted.find((x) => overlaps(x, g));
    if (!p) continue;
    tally.foundGold += 1;
    tally.errorsKm.push(errorKm(p, g));
  }
}

/** How far a prediction is from its gold place: 0 when it is the right country or region (an area). */
export function errorKm(p: PredictedPlace, g: GoldPlace): number {
  const rightArea = g.area !== undefined && p.kind === g.area.kind && fold(p.name) === fold(g.area.name);
  return rightArea ? 0 : distanceKm(p.lat, p.lng, g.lat, g.lon);
}

export interface PlaceScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy161: number;
  readonly medianKm: number;
}

export function scorePlaces(t: PlaceTally): PlaceScores {
  const precision = t.predicted === 0 ? 0 : t.truePredicted / t.predicted;
  const recall = t.gold === 0 ? 0 : t.foundGold / t.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const sorted = [...t.errorsKm].sort((a, b) => a - b);
  const n = sorted.length;
  const medianKm =
    n === 0
      ? 0
      : n % 2
        ? (sorted[(n - 1) / 2] as number)
        : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  const accuracy161 = n === 0 ? 0 : sorted.filter((km) => km <= 161).length / n;
  return { precision, recall, f1, accuracy161, medianKm };
}
