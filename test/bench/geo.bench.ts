// Decoding the real basemap, as the app does once at start-up: validation, feature, two meshes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { decodeBoundaries } from '../../src/core/geo';

const topology: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'geo', 'boundaries.topo.json'), 'utf8'),
);

describe('geo/boundaries.topo.json', () => {
  bench('decodeBoundaries', () => {
    decodeBoundaries(topology);
  });
});
