// `npm run geo`: builds the offline basemap and the gazetteer into geo/. Reproducible: the
// output depends only on the pinned world-atlas package and the tables in scripts/geo/.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseGazetteer } from '../src/core/gazetteer';
import { buildGeo } from './geo/build';
import { buildCityPopulation, serializeCityPopulation } from './geo/city-population';
import { buildGazetteer, serializeGazetteer } from './geo/gazetteer';

const OUT = join(import.meta.dirname, '..', 'geo');

const files = buildGeo();
const gazetteerFile = buildGazetteer(JSON.parse(files.places).places);
const gazetteer = serializeGazetteer(gazetteerFile);
const cityPopulation = serializeCityPopulation(
  buildCityPopulation(parseGazetteer(JSON.parse(gazetteer)).value.places),
);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'boundaries.topo.json'), files.boundaries);
writeFileSync(join(OUT, 'places.json'), files.places);
writeFileSync(join(OUT, 'places.schema.json'), files.schema);
writeFileSync(join(OUT, 'gazetteer.json'), gazetteer);
writeFileSync(join(OUT, 'city-population.json'), cityPopulation);

const kb = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(1);
const gzipKb = (gzipSync(files.boundaries, { level: 9 }).length / 1024).toFixed(1);
console.log(`geo/boundaries.topo.json ${kb(files.boundaries)} KB (${gzipKb} KB gzip)`);
console.log(`geo/places.json ${kb(files.places)} KB`);
const gazetteerGzipKb = (gzipSync(gazetteer, { level: 9 }).length / 1024).toFixed(1);
console.log(`geo/gazetteer.json ${kb(gazetteer)} KB (${gazetteerGzipKb} KB gzip)`);
console.log(`geo/city-population.json ${kb(cityPopulation)} KB`);
