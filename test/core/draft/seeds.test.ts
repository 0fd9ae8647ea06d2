// The three seed articles (not committed: they live in ../shared/seeds beside the repository) read
// with the real gazetteer: every seed place is found and resolved to our own id.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/draft-context';
import { draftArticle } from '../../../src/core/draft';

const SEEDS =
  process.env.DATELINE_SEEDS ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const SEED_PLACES: Readonly<Record<string, string>> = {
  Nice: 'nice',
  Paris: 'paris',
  Kaliningrad: 'kaliningrad',
  Poland: 'poland',
  'Czech Republic': 'czech-republic',
  Georgia: 'georgia',
  Kosovo: 'kosovo',
};

describe('the seed articles', () => {
  it.skipIf(!existsSync(SEEDS))(
    `finds and resolves every seed place (seeds read from ${SEEDS}; skipped when absent)`,
    () => {
      const gazetteer = loadGazetteer();
      const found = new Set<string>();
      for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(SEEDS, name), 'utf8');
        const draft = draftArticle(text, gazetteer, {
          published: name.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null,
        });
        for (const p of draft.places) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          const expected = SEED_PLACES[p.text];
          if (expected && !p.adjectival) {
            expect(p.placeId, `${name}: "${p.text}" at ${p.start}`).toBe(expected);
            found.add(p.text);
          }
        }
      }
      expect([...found].sort()).toEqual(Object.keys(SEED_PLACES).sort());
    },
  );
});
