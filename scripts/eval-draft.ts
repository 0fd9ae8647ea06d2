// npm run eval:draft -- [--seeds DIR] [--lgl PATH] [--trnews PATH] [--geovirus PATH] [--misses]
// Measures the drafter: on our seed articles (gold: data/corpus.json, by place id and date) and on
// two public news geoparsing corpora in one XML format (gold: toponym spans with coordinates): LGL
// (Lieberman et al. 2010) and TR-News (Kamalloo & Rafiei 2018); and on GeoVirus (Gritta et al. 2018:
// WikiNews stories, gold toponyms with coordinates and their Wikipedia page), measured once, untuned.
// None is committed: the seeds live in ../shared/seeds, the corpora in lgl.xml, TR-News.xml and
// GeoVirus.xml (see the README). --misses lists the missed toponyms and the wrong resolutions (over
// 161 km), most frequent first.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftArticle } from '../src/core/draft';
import { emptyTally, errorKm, type GoldPlace, scorePlaces, tallyPlaces } from '../src/core/draft/score';
import { nameKey } from '../src/core/gazetteer';
import { dayBound, loadDataset, loadGazetteer } from './draft-context';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seedsDir = option('--seeds') ?? join(ROOT, '..', 'shared', 'seeds');
const lglPath = option('--lgl');
const trNewsPath = option('--trnews');
const geoVirusPath = option('--geovirus');
const showMisses = args.includes('--misses');
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

/**
 * A gold toponym's span in UTF-16 units. In TR-News about one span in ten is shifted by a few
 * characters from its phrase ("Canada" at the offsets of "'s wea"): such a span moves to the
 * nearest occurrence of the phrase within 40 characters. A span whose phrase is not there (its
 * article's text is empty in the file) cannot be found by any geoparser and is left out (null).
 */
function goldSpan(
  text: string,
  phrase: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const s = utf16Offset(text, start);
  const e = utf16Offset(text, end);
  if (text.slice(s, e) === phrase) return { start: s, end: e };
  let best = -1;
  for (
    let i = text.indexOf(phrase, Math.max(0, s - 40));
    i >= 0 && i <= s + 40;
    i = text.indexOf(phrase, i + 1)
  )
    if (best < 0 || Math.abs(i - s) < Math.abs(best - s)) best = i;
  return best < 0 ? null : { start: best, end: best + phrase.length };
}

/**
 * A gold area under our gazetteer's name for it: GeoNames names countries officially ("Russian
 * Federation", "Islamic Republic of Iran"), which our gazetteer knows as aliases of "Russia" and
 * "Iran", so the right country is recognised as such.
 */
function goldArea(kind: 'country' | 'region', name: string): { kind: 'country' | 'region'; name: string } {
  const ours = gazetteer.byName.get(nameKey(name))?.find((p) => p.kind === kind);
  return { kind, name: ours?.name ?? name };
}

const tag = (xml: string, name: string) =>
  new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';

/** Prints the `top` most frequent entries of `counts`. */
function printTop(title: string, counts: Map<string, number>, top = 40): void {
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  console.log(
    `  ${title} (${total}): ${sorted
      .slice(0, top)
      .map(([k, c]) => `${k} ×${c}`)
      .join('; ')}`,
  );
}

interface GoldArticle {
  readonly text: string;
  readonly published: string | null;
  readonly gold: GoldPlace[];
  /** How each gold toponym is shown in --misses. */
  readonly phrases: string[];
  /** Gold toponyms left out: their phrase is not in the article's text. */
  readonly unplaced: number;
}

/** LGL and TR-News: `<article …>` with a CDATA text and `<toponym>`s naming a GeoNames entry. */
function* lglArticles(xml: string): Generator<GoldArticle> {
  for (const article of xml.split('<article ').slice(1)) {
    const cdata = /<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/.exec(article);
    const text = cdata?.[1] ?? '';
    const published = /<dltime>(\d{4}-\d{2}-\d{2})/.exec(article)?.[1] ?? null;
    const gold: GoldPlace[] = [];
    const phrases: string[] = [];
    let unplaced = 0;
    for (const t of article.split('<toponym>').slice(1)) {
      const lat = Number(tag(t, 'lat'));
      const lon = Number(tag(t, 'lon'));
      if (tag(t, 'lat') === '' || !Number.isFinite(lat)) continue;
      const fcode = tag(t, 'fcode');
      const span = goldSpan(text, tag(t, 'phrase'), Number(tag(t, 'start')), Number(tag(t, 'end')));
      if (span === null) {
        unplaced += 1;
        continue;
      }
      gold.push({
        ...span,
        lat,
        lon,
        ...(fcode.startsWith('PCL') ? { area: goldArea('country', tag(t, 'name')) } : {}),
        ...(fcode === 'ADM1' ? { area: goldArea('region', tag(t, 'name')) } : {}),
      });
      phrases.push(`${tag(t, 'phrase')} (${tag(t, 'name')}, ${tag(t, 'admin1') || tag(t, 'country')})`);
    }
    yield { text, published, gold, phrases, unplaced };
  }
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : '&',
  );

/**
 * The area a GeoVirus gold toponym's Wikipedia page names, if our gazetteer has it as a country or a
 * first-level region ("…/wiki/Democratic_Republic_of_the_Congo", "…/wiki/New_York_(state)"); a page
 * whose title says which ("Georgia_(country)", "Georgia_(U.S._state)") is looked up as that kind only.
 * A town's page ("Santa_Ana,_California") names no area.
 */
function pageArea(page: string): GoldPlace['area'] {
  const title = decodeURIComponent(page.slice(page.lastIndexOf('/') + 1)).replace(/_/g, ' ');
  const qualifier = /\(([^)]*)\)\s*$/.exec(title)?.[1]?.toLowerCase() ?? '';
  const name = title.replace(/\s*\([^)]*\)\s*$/, '');
  const kinds: ('country' | 'region')[] = /country|nation/.test(qualifier)
    ? ['country']
    : /state|province|region|territory/.test(qualifier)
      ? ['region']
      : qualifier === ''
        ? ['country', 'region']
        : [];
  for (const kind of kinds) {
    const ours = gazetteer.byName.get(nameKey(name))?.find((p) => p.kind === kind);
    if (ours) return { kind, name: ours.name };
  }
  return undefined;
}

/** GeoVirus: `<article>` with a plain text and `<location>`s giving coordinates and a Wikipedia page. */
function* geoVirusArticles(xml: string): Generator<GoldArticle> {
  for (const article of xml.split('<article>').slice(1)) {
    const text = unescapeXml(tag(article, 'text'));
    const gold: GoldPlace[] = [];
    const phrases: string[] = [];
    let unplaced = 0;
    for (const l of article.split('<location>').slice(1)) {
      const lat = Number(tag(l, 'lat'));
      const lon = Number(tag(l, 'lon'));
      if (tag(l, 'lat') === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const name = unescapeXml(tag(l, 'name'));
      const span = goldSpan(text, name, Number(tag(l, 'start')), Number(tag(l, 'end')));
      if (span === null) {
        unplaced += 1;
        continue;
      }
      const page = tag(l, 'page');
      const area = pageArea(page);
      gold.push({ ...span, lat, lon, ...(area ? { area } : {}) });
      phrases.push(`${name} (${decodeURIComponent(page.slice(page.lastIndexOf('/') + 1))})`);
    }
    yield { text, published: null, gold, phrases, unplaced };
  }
}

function evalCorpus(label: string, articlesOf: Iterable<GoldArticle>): void {
  // LGL marks demonyms ("Russian") as toponyms; we call them adjectival: score both ways.
  const tally = emptyTally();
  const withAdjectives = emptyTally();
  const missed = new Map<string, number>();
  const wrong = new Map<string, number>();
  const extra = new Map<string, number>();
  const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  let articles = 0;
  let unplaced = 0;
  for (const { text, published, gold, phrases, unplaced: left } of articlesOf) {
    unplaced += left;
    const draft = draftArticle(text, gazetteer, { ...dataset, published });
    tallyPlaces(
      tally,
      draft.places.filter((p) => !p.adjectival),
      gold,
    );
    tallyPlaces(withAdjectives, draft.places, gold);
    gold.forEach((g, i) => {
      const p = draft.places.find((x) => x.start < g.end && g.start < x.end);
      if (!p) count(missed, phrases[i] as string);
      else if (errorKm(p, g) > 161) count(wrong, `${phrases[i]} → ${p.name} (${p.placeId})`);
    });
    for (const p of draft.places.filter((x) => !x.adjectival)) {
      if (!gold.some((g) => p.start < g.end && g.start < p.end)) count(extra, `${p.text} → ${p.placeId}`);
    }
    articles += 1;
  }
  for (const [kind, t] of [
    ['place mentions only', tally],
    ['adjectival mentions counted', withAdjectives],
  ] as const) {
    const s = scorePlaces(t);
    console.log(
      `${label}, ${kind} (${articles} articles, ${t.gold} gold toponyms): P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}; Acc@161km ${pct(s.accuracy161)}; median error ${s.medianKm.toFixed(0)} km`,
    );
  }
  if (unplaced > 0)
    console.log(`  (${unplaced} gold toponyms left out: their phrase is not in the article's text)`);
  if (showMisses) {
    printTop('missed', missed);
    printTop('wrong (> 161 km)', wrong);
    printTop('not in gold', extra);
  }
}

evalSeeds();
if (lglPath) evalCorpus('LGL', lglArticles(readFileSync(lglPath, 'utf8')));
else console.log('LGL: skipped (pass --lgl PATH to lgl.xml)');
if (trNewsPath) evalCorpus('TR-News', lglArticles(readFileSync(trNewsPath, 'utf8')));
else console.log('TR-News: skipped (pass --trnews PATH to TR-News.xml)');
if (geoVirusPath) evalCorpus('GeoVirus', geoVirusArticles(readFileSync(geoVirusPath, 'utf8')));
else console.log('GeoVirus: skipped (pass --geovirus PATH to GeoVirus.xml)');
