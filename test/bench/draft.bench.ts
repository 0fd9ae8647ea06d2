// Drafting a seeded synthetic 1,000-word article with the real gazetteer (loaded once), and
// loading the gazetteer itself: JSON.parse + parseGazetteer. Run: npm run bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { draftArticle } from '../../src/core/draft';
import { parseGazetteer } from '../../src/core/gazetteer';
import { syntheticArticle } from './draft/article';

const text = readFileSync(join(import.meta.dirname, '..', '..', 'geo', 'gazetteer.json'), 'utf8');
const gazetteer = parseGazetteer(JSON.parse(text)).value;
const article = syntheticArticle();

describe('article drafter', () => {
  bench('draftArticle, 1,000 words', () => {
    draftArticle(article, gazetteer, { published: '2008-11-14' });
  });
  bench('load geo/gazetteer.json (JSON.parse + parseGazetteer)', () => {
    parseGazetteer(JSON.parse(text));
  });
});
