// npm run eval:draft -- [--seeds DIR] [--lgl PATH]
// Measures the drafter: on our seed articles (gold: data/corpus.json, by place id and date) and on
// the LGL news geoparsing corpus (Lieberman et al. 2010; gold: toponym spans with coordinates).
// Neither is committed: the seeds live in ../shared/seeds, LGL in lgl.xml (see the README).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftArticle } from '../src/core/draft';
import { emptyTally, type GoldPlace, scorePlaces, tallyPlaces } from '../src/core/draft/score';
import { dayBound, loadDataset, loadGazetteer } from './draft-context';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seedsDir = option('--seeds') ?? join(ROOT, '..', 'shared', 'seeds');
const lglPath = option('--lgl');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const gazetteer = loadGazetteer();
const dataset = loadDataset();

interface Corpus {
  sources: { id: string; outlet: string; headline: string; published: string }[];
  events: { places: { place: string }[]; sources: string[]; time: { start: string; end?: string } }[];
}

function evalSeeds(): void {
  if (!existsSync(seedsDir)) {
    console.log(`seeds: ${seedsDir} not found (pass --seeds DIR)`);
    return;
  }
  const corpus = JSON.parse(readFileSync(join(ROOT, 'data', 'corpus.json'), 'utf8')) as Corpus;
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let dateHit = 0;
  let dateGold = 0;
  let datePredRight = 0;
  let datePred = 0;
  for (const file of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const source = corpus.sources.find((s) => file.startsWith(s.id));
    if (!source) continue;
    const text = readFileSync(join(seedsDir, file), 'utf8').replace(/^\uFEFF/, '');
    const draft = draftArticle(text, gazetteer, {
      ...dataset,
      published: source.published,
      outlet: source.outlet,
    });
    const events = corpus.events.filter((e) => e.sources.includes(source.id));
    const goldIds = new Set(events.flatMap((e) => e.places.map((p) => p.place)));
    const found = new Set(draft.places.filter((p) => !p.adjectival).map((p) => p.placeId));
    const missed = [...goldIds].filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !goldIds.has(id));
    tp += goldIds.size - missed.length;
    predicted += found.size;
    gold += goldIds.size;
    console.log(
      `${source.id}: ${goldIds.size - missed.length}/${goldIds.size} gold places found; missed [${missed.join(', ')}]; not in gold [${extra.join(', ')}]`,
    );
    // Dates: a gold event time is found when a date mention's interval overlaps it.
    const spans = events.map(
      (e) => [dayBound(e.time.start, false), dayBound(e.time.end ?? e.time.start, true)] as const,
    );
    dateGold += spans.length;
    dateHit += spans.filter(([s, e]) => draft.dates.some((d) => d.start_date <= e && s <= d.end_date)).length;
    datePred += draft.dates.length;
    datePredRight += draft.dates.filter((d) =>
      spans.some(([s, e]) => d.start_date <= e && s <= d.end_date),
    ).length;
  }
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  console.log(`seeds places (by id): P ${pct(p)} R ${pct(r)} F1 ${pct(p + r ? (2 * p * r) / (p + r) : 0)}`);
  console.log(
    `seeds dates: P ${pct(datePred ? datePredRight / datePred : 0)} R ${pct(dateGold ? dateHit / dateGold : 0)}`,
  );
}

/** LGL offsets count code points; ours count UTF-16 units. */
function utf16Offset(text: string, codePoints: number): number {
  return Array.from(text).slice(0, codePoints).join('').length;
}

const tag = (xml: string, name: string) =>
  new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';

function evalLgl(path: string): void {
  const xml = readFileSync(path, 'utf8');
  // LGL marks demonyms ("Russian") as toponyms; we call them adjectival: score both ways.
  const tally = emptyTally();
  const withAdjectives = emptyTally();
  let articles = 0;
  for (const article of xml.split('<article ').slice(1)) {
    const cdata = /<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/.exec(article);
    const text = cdata?.[1] ?? '';
    const published = /<dltime>(\d{4}-\d{2}-\d{2})/.exec(article)?.[1] ?? null;
    const gold: GoldPlace[] = [];
    for (const t of article.split('<toponym>').slice(1)) {
      const lat = Number(tag(t, 'lat'));
      const lon = Number(tag(t, 'lon'));
      if (tag(t, 'lat') === '' || !Number.isFinite(lat)) continue;
      const fcode = tag(t, 'fcode');
      gold.push({
        start: utf16Offset(text, Number(tag(t, 'start'))),
        end: utf16Offset(text, Number(tag(t, 'end'))),
        lat,
        lon,
        ...(fcode.startsWith('PCL') ? { countryName: tag(t, 'name') } : {}),
      });
    }
    const draft = draftArticle(text, gazetteer, { ...dataset, published });
    tallyPlaces(
      tally,
      draft.places.filter((p) => !p.adjectival),
      gold,
    );
    tallyPlaces(withAdjectives, draft.places, gold);
    articles += 1;
  }
  for (const [label, t] of [
    ['place mentions only', tally],
    ['adjectival mentions counted', withAdjectives],
  ] as const) {
    const s = scorePlaces(t);
    console.log(
      `LGL, ${label} (${articles} articles, ${t.gold} gold toponyms): P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}; Acc@161km ${pct(s.accuracy161)}; median error ${s.medianKm.toFixed(0)} km`,
    );
  }
}

evalSeeds();
if (lglPath) evalLgl(lglPath);
else console.log('LGL: skipped (pass --lgl PATH to lgl.xml)');
