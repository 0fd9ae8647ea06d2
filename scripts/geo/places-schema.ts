// JSON Schema (draft 2020-12) for geo/places.json; mirrors `Place` in src/core/types.ts.

import { PLACE_KINDS } from '../../src/core/types';

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const PLACES_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://dateline.invalid/geo/places.schema.json',
  title: 'Dateline gazetteer',
  description: 'Places that events, sources and actors refer to by id. Built by `npm run geo`.',
  type: 'object',
  required: ['places'],
  additionalProperties: false,
  properties: {
    places: { type: 'array', items: { $ref: '#/$defs/place' } },
  },
  $defs: {
    place: {
      type: 'object',
      required: ['id', 'name', 'aliases', 'kind', 'lat', 'lon'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: ID_PATTERN, description: 'Slug of the common English name.' },
        name: { type: 'string', minLength: 1 },
        aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        kind: { enum: [...PLACE_KINDS] },
        lat: { type: 'number', minimum: -90, maximum: 90, description: 'Representative point, WGS84 °N.' },
        lon: { type: 'number', minimum: -180, maximum: 180, description: 'Representative point, WGS84 °E.' },
        boundary: {
          type: 'string',
          pattern: '^[A-Z]{3}[A-Z0-9-]*$',
          description: 'Id of the geometry in geo/boundaries.topo.json that draws this area.',
        },
        country: { type: 'string', pattern: ID_PATTERN, description: 'Place id of the country.' },
      },
    },
  },
} as const;
