import { describe, expect, it } from 'vitest';
import { BOUNDARY_FILE, containsPoint, decodeBoundaries } from '../../../src/core/geo';

// Two unit squares side by side sharing the arc x = 1, quantized with an identity transform:
//   A = [0,0]-[1,1] (country), B = [1,0]-[2,1] (exclave of A).
const arcs = [
  [
    [1, 0],
    [0, 1],
  ], // shared edge, (1,0) → (1,1), delta-encoded
  [
    [1, 1],
    [-1, 0],
    [0, -1],
    [1, 0],
  ], // A's coast: (1,1) → (0,1) → (0,0) → (1,0)
  [
    [1, 0],
    [1, 0],
    [0, 1],
    [-1, 0],
  ], // B's coast: (1,0) → (2,0) → (2,1) → (1,1)
];
function tinyTopology() {
  return {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: structuredClone(arcs),
    objects: {
      areas: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'Polygon',
            id: 'AAA',
            arcs: [[0, 1]],
            properties: { name: 'Aland', kind: 'country', aliases: ['A'] },
          },
          {
            type: 'Polygon',
            id: 'AAA-B',
            arcs: [[2, -1]],
            properties: { name: 'Bland', kind: 'exclave', parent: 'AAA', approximate: true },
          },
        ],
      },
    },
  };
}

describe('decodeBoundaries', () => {
  it('decodes areas, properties, borders and coasts', () => {
    const { value, problems } = decodeBoundaries(tinyTopology());
    expect(problems).toEqual([]);
    expect(value.areas.map((a) => a.id)).toEqual(['AAA', 'AAA-B']);
    expect(value.byId.get('AAA')?.properties).toEqual({
      id: 'AAA',
      name: 'Aland',
      kind: 'country',
      aliases: ['A'],
      approximate: false,
    });
    expect(value.byId.get('AAA-B')?.properties).toMatchObject({
      kind: 'exclave',
      parent: 'AAA',
      approximate: true,
    });
    expect(value.borders.coordinates).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    // The two coast arcs meet at the border's ends, so mesh stitches them into one line round both.
    expect(value.coasts.coordinates).toHaveLength(1);
    expect(value.coasts.coordinates[0]).toHaveLength(7);
    const a = value.byId.get('AAA');
    expect(a && containsPoint(a.geometry, 0.5, 0.5)).toBe(true);
    expect(a && containsPoint(a.geometry, 1.5, 0.5)).toBe(false);
  });

  it('freezes what it returns', () => {
    const { value } = decodeBoundaries(tinyTopology());
    expect(Object.isFrozen(value.areas)).toBe(true);
    expect(Object.isFrozen(value.areas[0]?.properties)).toBe(true);
  });

  it('returns problems, not exceptions, for input that is not a topology', () => {
    for (const input of [null, 42, 'Topology', [], { type: 'FeatureCollection' }]) {
      const { value, problems } = decodeBoundaries(input);
      expect(value.areas).toEqual([]);
      expect(problems[0]).toMatchObject({ file: BOUNDARY_FILE, record: '#topology', field: 'type' });
    }
  });

  it('names the missing object and bad arcs', () => {
    const noAreas = { ...tinyTopology(), objects: {} };
    expect(decodeBoundaries(noAreas).problems.map((p) => p.field)).toEqual(['objects.areas']);
    const badArcs = { ...tinyTopology(), arcs: [[[0, 'x']]] };
    expect(decodeBoundaries(badArcs).problems.map((p) => p.field)).toEqual(['arcs']);
    const badTransform = { ...tinyTopology(), transform: { scale: [1] } };
    expect(decodeBoundaries(badTransform).problems.map((p) => p.field)).toEqual(['transform']);
  });

  it('drops a bad geometry with a problem naming record and field, and keeps the good one', () => {
    const input = tinyTopology();
    const [good, bad] = input.objects.areas.geometries as Record<string, unknown>[];
    Object.assign(bad ?? {}, { properties: { name: 'Bland', kind: 'province', aliases: 'B' } });
    const { value, problems } = decodeBoundaries(input);
    expect(value.areas.map((a) => a.id)).toEqual([good?.id]);
    expect(problems).toEqual([
      expect.objectContaining({ file: BOUNDARY_FILE, record: 'AAA-B', field: 'properties.kind' }),
      expect.objectContaining({ record: 'AAA-B', field: 'properties.aliases' }),
    ]);
  });

  it('reports missing and duplicate ids, wrong types and arc indexes out of range', () => {
    const input = tinyTopology();
    const geometries = input.objects.areas.geometries as Record<string, unknown>[];
    geometries.push(
      { type: 'Polygon', arcs: [[0]], properties: { name: 'No id', kind: 'country' } },
      { type: 'Polygon', id: 'AAA', arcs: [[0]], properties: { name: 'Again', kind: 'country' } },
      { type: 'LineString', id: 'LLL', arcs: [0], properties: { name: 'Line', kind: 'country' } },
      { type: 'Polygon', id: 'OUT', arcs: [[7]], properties: { name: 'Out', kind: 'country' } },
      { type: 'MultiPolygon', id: 'NEG', arcs: [[[~9]]], properties: { name: 'Neg', kind: 'country' } },
    );
    const { value, problems } = decodeBoundaries(input);
    expect(value.areas).toHaveLength(2);
    expect(problems.map((p) => `${p.record} ${p.field}`)).toEqual([
      '#2 id',
      'AAA id',
      'LLL type',
      'OUT arcs',
      'NEG arcs',
    ]);
  });
});
