// The real gazetteer, validated once, and a reader for the fixtures written in each format's shape.
import { readFileSync } from 'node:fs';
import { type ImportOptions, type ImportResult, importInput } from '../../../src/core/import';
import type { Place } from '../../../src/core/types';
import { validateCorpus } from '../../../src/core/validate';

const gazetteerJson = JSON.parse(readFileSync(new URL('../../../geo/places.json', import.meta.url), 'utf8'));

export const gazetteer: readonly Place[] = validateCorpus({
  corpus: { file: '-', json: { sources: [], topics: [], actors: [], events: [] } },
  places: { file: 'geo/places.json', json: gazetteerJson },
}).value.places;

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
}

export function run(text: string, fileName: string, options: Partial<ImportOptions> = {}): ImportResult {
  return importInput(text, { fileName, places: gazetteer, ...options });
}

/** The ok result, or a failed test naming the error. */
export function loaded(result: ImportResult) {
  if (!result.ok) throw new Error(`expected an import, got: ${result.error}`);
  return result;
}

export type EventJson = {
  id: string;
  title: string;
  summary: string;
  time: { start: string; end?: string; precision: string; label?: string };
  places: { place: string; role: string }[];
  topics: string[];
  actors: string[];
  sources: string[];
  properties?: Record<string, unknown>;
};

export function eventById(result: ImportResult, id: string): EventJson {
  const e = loaded(result).corpus.events.find((x) => (x as EventJson).id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e as EventJson;
}

/** Validates a corpus as the app would: problems must be none. */
export function problemsOf(corpus: unknown, places: readonly Place[] = gazetteer) {
  return validateCorpus({
    corpus: { file: 'imported', json: corpus },
    places: { file: 'geo/places.json', json: { places } },
  }).problems;
}
