// Node loading of the corpus and gazetteer (data/corpus.json, geo/places.json) through the same
// validator and model the app uses. Read and parse failures come back as an error, never thrown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusModel, type CorpusModel, contentHash } from '../src/core/model';
import type { Problem } from '../src/core/types';
import { validateCorpus } from '../src/core/validate';

export const CORPUS_FILE = 'data/corpus.json';
export const PLACES_FILE = 'geo/places.json';

export type LoadedFiles =
  | { readonly ok: true; readonly model: CorpusModel; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly error: string };

type Read =
  | { readonly ok: true; readonly json: unknown; readonly text: string }
  | { readonly ok: false; readonly error: string };

function readJson(root: string, file: string): Read {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    return {
      ok: false,
      error: `Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  try {
    return { ok: true, json: JSON.parse(text), text };
  } catch (error) {
    return {
      ok: false,
      error: `Could not parse ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Loads and validates the two files under `root` (the repository, by default the working directory).
 * `corpusFile` replaces data/corpus.json (an imported corpus, `npm run export -- --corpus FILE`).
 */
export function loadFiles(root: string = process.cwd(), corpusFile: string = CORPUS_FILE): LoadedFiles {
  const corpus = readJson(corpusFile === CORPUS_FILE ? root : '', corpusFile);
  if (!corpus.ok) return corpus;
  if (typeof corpus.json !== 'object' || corpus.json === null || Array.isArray(corpus.json))
    return {
      ok: false,
      error: `${corpusFile} is not a corpus: expected a JSON object with sources, topics, actors and events`,
    };
  const places = readJson(root, PLACES_FILE);
  if (!places.ok) return places;
  // Boundary ids are not checked here: exports carry points, not boundaries.
  const validated = validateCorpus({
    corpus: { file: corpusFile, json: corpus.json },
    places: { file: PLACES_FILE, json: places.json },
  });
  const model = buildCorpusModel(validated.value, contentHash(corpus.text, places.text));
  return { ok: true, model, problems: validated.problems };
}

/** "data/corpus.json · record e1 · field time.start: expected …", one line per problem. */
export function formatProblem(problem: Problem): string {
  return `${problem.file} · record ${problem.record} · field ${problem.field}: ${problem.message}`;
}
