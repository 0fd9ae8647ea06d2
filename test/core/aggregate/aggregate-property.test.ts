// aggregatePoints and aggregateAreas against a naive count written from their documentation, on
// random preparations: any number of places per event, venues, and events without a first or a
// second topic (the -1 the optimised loops fold into a spare column).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AggregationPrep, aggregateAreas, aggregatePoints } from '../../../src/core/aggregate';

interface Random {
  readonly topics: number;
  readonly points: number;
  readonly areas: number;
  readonly events: readonly {
    readonly points: readonly (readonly [number, boolean])[];
    readonly areas: readonly number[];
    readonly first: number;
    readonly second: number;
  }[];
  readonly visible: readonly boolean[];
}

const random: fc.Arbitrary<Random> = fc
  .record({
    topics: fc.integer({ min: 1, max: 5 }),
    points: fc.integer({ min: 1, max: 6 }),
    areas: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ topics, points, areas }) =>
    fc.record({
      topics: fc.constant(topics),
      points: fc.constant(points),
      areas: fc.constant(areas),
      events: fc.array(
        fc.record({
          // Distinct places per event, as prepareAggregation makes them.
          points: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: points - 1 }), fc.boolean()), {
            selector: ([p]) => p,
            maxLength: 3,
          }),
          areas: fc.uniqueArray(fc.integer({ min: 0, max: areas - 1 }), { maxLength: 2 }),
          first: fc.integer({ min: -1, max: topics - 1 }),
          second: fc.integer({ min: -1, max: topics - 1 }),
        }),
        { maxLength: 40 },
      ),
      visible: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    }),
  );

/** The parts of a preparation the two aggregations read, built from the random events. */
function prepOf(r: Random): AggregationPrep {
  const pointOffset = [0];
  const pointList: number[] = [];
  const pointVenue: number[] = [];
  const areaOffset = [0];
  const areaList: number[] = [];
  for (const e of r.events) {
    for (const [p, venue] of e.points) {
      pointList.push(p);
      pointVenue.push(venue ? 1 : 0);
    }
    pointOffset.push(pointList.length);
    areaList.push(...e.areas);
    areaOffset.push(areaList.length);
  }
  const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  return {
    pointIds: names(r.points, 'p'),
    pointNames: names(r.points, 'P'),
    pointOffset: Int32Array.from(pointOffset),
    pointList: Int32Array.from(pointList),
    pointVenue: Uint8Array.from(pointVenue),
    areaIds: names(r.areas, 'A'),
    areaNames: names(r.areas, 'Area '),
    areaOffset: Int32Array.from(areaOffset),
    areaList: Int32Array.from(areaList),
    topicIds: names(r.topics, 't'),
    topicColors: names(r.topics, '#'),
    firstTopic: Int16Array.from(r.events, (e) => e.first),
    secondTopic: Int16Array.from(r.events, (e) => e.second),
  } as unknown as AggregationPrep;
}

const visiblePositions = (r: Random) =>
  Int32Array.from(r.events.flatMap((_, i) => (r.visible[i] ? [i] : [])));

describe('aggregation against a naive count', () => {
  it('counts events, venues, multi-topic events and topics per point place', () => {
    fc.assert(
      fc.property(random, (r) => {
        const got = aggregatePoints(prepOf(r), visiblePositions(r));
        const T = r.topics;
        const count = new Array(r.points).fill(0);
        const venue = new Array(r.points).fill(0);
        const multi = new Array(r.points).fill(0);
        const first = new Array(r.points * T).fill(0);
        const second = new Array(r.points * T).fill(0);
        r.events.forEach((e, i) => {
          if (!r.visible[i]) return;
          for (const [p, isVenue] of e.points) {
            count[p]++;
            if (isVenue) venue[p]++;
            if (e.first >= 0) first[p * T + e.first]++;
            if (e.second >= 0) {
              multi[p]++;
              second[p * T + e.second]++;
            }
          }
        });
        expect([...got.count]).toEqual(count);
        expect([...got.venue]).toEqual(venue);
        expect([...got.multiTopic]).toEqual(multi);
        expect([...got.firstTopic]).toEqual(first);
        expect([...got.secondTopic]).toEqual(second);
        expect(got.topics).toBe(T);
        expect([...got.active]).toEqual(count.flatMap((c, p) => (c > 0 ? [p] : [])));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts events and first topics per area, with the busiest area', () => {
    fc.assert(
      fc.property(random, (r) => {
        const got = aggregateAreas(prepOf(r), visiblePositions(r));
        const T = r.topics;
        const count = new Array(r.areas).fill(0);
        const first = new Array(r.areas * T).fill(0);
        r.events.forEach((e, i) => {
          if (!r.visible[i]) return;
          for (const a of e.areas) {
            count[a]++;
            if (e.first >= 0) first[a * T + e.first]++;
          }
        });
        expect([...got.count]).toEqual(count);
        expect([...got.firstTopic]).toEqual(first);
        expect(got.maxCount).toBe(Math.max(0, ...count));
        expect([...got.byBoundary.keys()]).toEqual(count.flatMap((c, a) => (c > 0 ? [`A${a}`] : [])));
      }),
      { numRuns: 1000 },
    );
  });
});
