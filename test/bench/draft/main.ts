// Browser side of scripts/bench-draft-browser.ts: fetch + parse the gazetteer as the app would
// when the article view opens, then draft the synthetic article; times go to window.__draftBench.
import { draftArticle } from '../../../src/core/draft';
import { parseGazetteer } from '../../../src/core/gazetteer';
import { syntheticArticle } from './article';

async function run() {
  const t0 = performance.now();
  // ?file=NAME measures another gazetteer file (scripts/bench-draft-browser.ts --compare).
  const file = new URLSearchParams(location.search).get('file') ?? 'gazetteer.json';
  const response = await fetch(`./${file}`);
  const json: unknown = await response.json();
  const fetched = performance.now() - t0;
  const gazetteer = parseGazetteer(json).value;
  const load = performance.now() - t0;
  const article = syntheticArticle();
  const drafts: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    draftArticle(article, gazetteer, { published: '2008-11-14' });
    drafts.push(performance.now() - t);
  }
  (window as unknown as { __draftBench: unknown }).__draftBench = {
    load,
    fetched,
    drafts,
    places: gazetteer.places.length,
  };
  document.title = 'ready';
}

void run();
