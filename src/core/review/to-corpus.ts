// Writes the accepted drafts into a dataset's corpus JSON (data/corpus.json's format) and adds the
// article's source to the events the merged drafts repeat. Pure: JSON in, new JSON out; the input is
// never changed. Places the dataset does not know (a GeoNames town) become its own places.
import type { CorpusJson } from '../import/types';
import { slugify } from '../slug';
import { checkReview } from './check';
import type { DraftProblem, ReviewActor, ReviewDraft, ReviewPlaceInfo, ReviewSource } from './types';

type Json = Record<string, unknown>;

/** A corpus file's lists (unknown records: the loader validates them when the dataset opens). */
export type CorpusLists = CorpusJson;

export interface ReviewInput {
  readonly source: ReviewSource;
  readonly drafts: readonly ReviewDraft[];
  /** The article's actors (for the names of new ones). */
  readonly actors: readonly ReviewActor[];
  /** Place ids the dataset resolves already (the bundled gazetteer geo/places.json). */
  readonly knownPlaces: ReadonlySet<string>;
  /** Any other place id a draft names: its gazetteer entry. */
  readonly placeInfo: (id: string) => ReviewPlaceInfo | undefined;
}

export type ReviewResult =
  | {
      readonly ok: true;
      readonly corpus: CorpusLists;
      /** Ids of the events written, in order. */
      readonly added: readonly string[];
      /** Ids of the existing events that got the source. */
      readonly merged: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

const idOf = (x: unknown) => (typeof x === 'object' && x !== null ? (x as Json).id : undefined);

/** `base`, or `base-2`, `base-3`… : the first not in `taken` (which it joins). */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const clip = (slug: string) => slug.slice(0, 60).replace(/-+$/, '') || 'event';

export function applyReview(corpus: CorpusLists, input: ReviewInput): ReviewResult {
  const { source, drafts } = input;
  const problems = checkReview(source, drafts);
  const accepted = drafts.filter((d) => d.decision === 'accepted');
  const merged = drafts.filter((d) => d.decision === 'merged');
  const byId = new Map(corpus.events.map((e) => [idOf(e), e]));
  for (const d of merged)
    if (d.mergeWith && !byId.has(d.mergeWith))
      problems.push({
        draft: d.key,
        field: 'decision',
        message: `the event ${d.mergeWith} is not in the dataset`,
      });
  if (accepted.length + merged.length === 0)
    problems.push({ draft: 'source', field: 'decision', message: 'accept or merge at least one draft' });
  const ownIds = new Set((corpus.places ?? []).map(idOf));
  const placeIds = new Set<string>(accepted.flatMap((d) => d.places.map((p) => p.placeId)));
  // Without a dateline: the first accepted draft's first place, or the place of the event merged into.
  const mergeTarget = byId.get(merged[0]?.mergeWith ?? '') as Json | undefined;
  const mergePlace = (mergeTarget?.places as Json[] | undefined)?.[0]?.place;
  const dateline =
    source.dateline || accepted[0]?.places[0]?.placeId || (typeof mergePlace === 'string' ? mergePlace : '');
  if (dateline !== '') placeIds.add(dateline);
  const newPlaces: Json[] = [];
  for (const id of placeIds) {
    if (input.knownPlaces.has(id) || ownIds.has(id)) continue;
    const info = input.placeInfo(id);
    if (!info) {
      problems.push({ draft: 'source', field: 'places', message: `the place ${id} is not in the gazetteer` });
      continue;
    }
    // The loader takes a country only when it resolves; a town of a country we do not draw goes without.
    const knownCountry = info.country !== info.id && input.knownPlaces.has(info.country);
    const country = knownCountry ? { country: info.country } : {};
    newPlaces.push({
      id: info.id,
      name: info.name,
      kind: info.kind,
      lat: info.lat,
      lon: info.lon,
      ...country,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const sourceIds = new Set(corpus.sources.map(idOf).filter((x): x is string => typeof x === 'string'));
  const sourceId = uniqueId(`${slugify(source.outlet) || 'source'}-${source.published}`, sourceIds);
  const sourceRecord: Json = {
    id: sourceId,
    outlet: source.outlet.trim(),
    headline: source.headline.trim(),
    published: source.published,
    dateline,
    language: source.language,
    ...(source.url ? { url: source.url } : {}),
  };

  const actorIds = new Set(corpus.actors.map(idOf));
  const newActors: Json[] = [];
  const needActor = (id: string) => {
    if (actorIds.has(id)) return;
    actorIds.add(id);
    const a = input.actors.find((x) => x.id === id);
    newActors.push({
      id,
      name: a?.name ?? id,
      role: `${a?.kind === 'organisation' ? 'Organisation' : 'Person'} named by ${source.outlet.trim()}`,
    });
  };
  const quoteOf = (d: ReviewDraft) => {
    if (!d.quote) return [];
    needActor(d.quote.speaker);
    return [{ text: d.quote.text, speaker: d.quote.speaker, source: sourceId }];
  };

  const eventIds = new Set(corpus.events.map(idOf).filter((x): x is string => typeof x === 'string'));
  const added: string[] = [];
  const events: Json[] = accepted.map((d) => {
    for (const a of d.actors) needActor(a);
    const id = uniqueId(`${d.time.start}-${clip(slugify(d.title))}`, eventIds);
    added.push(id);
    return {
      id,
      title: d.title.trim(),
      summary: d.summary.trim() || d.title.trim(),
      time: { start: d.time.start, ...(d.time.end ? { end: d.time.end } : {}), precision: d.time.precision },
      status: d.status,
      places: d.places.map((p) => ({ place: p.placeId, role: p.role })),
      actors: [...new Set(d.actors)],
      topics: [...d.topics],
      quotes: quoteOf(d),
      sources: [sourceId],
      related: [],
    };
  });
  const mergedInto = new Map<string, ReviewDraft[]>();
  for (const d of merged)
    mergedInto.set(d.mergeWith as string, [...(mergedInto.get(d.mergeWith as string) ?? []), d]);
  const existing = corpus.events.map((e) => {
    const ds = mergedInto.get(idOf(e) as string);
    if (!ds) return e;
    const event = e as Json;
    const sources = Array.isArray(event.sources) ? event.sources : [];
    const quotes = Array.isArray(event.quotes) ? event.quotes : [];
    return { ...event, sources: [...sources, sourceId], quotes: [...quotes, ...ds.flatMap(quoteOf)] };
  });
  return {
    ok: true,
    corpus: {
      ...corpus,
      sources: [...corpus.sources, sourceRecord],
      actors: [...corpus.actors, ...newActors],
      places: [...(corpus.places ?? []), ...newPlaces],
      events: [...existing, ...events],
    },
    added,
    merged: [...mergedInto.keys()],
  };
}
