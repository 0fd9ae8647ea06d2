import { describe, expect, it } from 'vitest';
import { applyReview, type ReviewDraft, type ReviewInput } from '../../../src/core/review';
import { deepFreeze, validateCorpus } from '../../../src/core/validate';
import { copyCorpus, copyPlaces } from '../../fixtures/mini-corpus';

const draft = (over: Partial<ReviewDraft> = {}): ReviewDraft => ({
  key: 'd0',
  title: 'Ministers meet in Turin',
  summary: '',
  time: { start: '2010-05-11', end: '', precision: 'day' },
  status: 'occurred',
  places: [{ placeId: 'gn-3165524', role: 'venue' }],
  actors: ['claire-dubois'],
  topics: ['diplomacy'],
  quote: { text: 'We agreed', speaker: 'claire-dubois' },
  evidence: { text: 'They met in Turin.', start: 0, end: 18 },
  mergeWith: null,
  decision: 'accepted',
  ...over,
});

const input = (drafts: ReviewDraft[]): ReviewInput => ({
  source: {
    outlet: 'Test Wire',
    headline: 'Ministers meet',
    published: '2010-05-12',
    url: '',
    language: 'en',
    dateline: 'nice',
  },
  drafts,
  actors: [{ id: 'claire-dubois', name: 'Claire Dubois', kind: 'person', known: false }],
  knownPlaces: new Set(copyPlaces().places.map((p) => p.id)),
  placeInfo: (id) =>
    id === 'gn-3165524'
      ? { id, name: 'Turin', kind: 'city', country: 'italy', lat: 45.07, lon: 7.69 }
      : undefined,
});

/** The corpus as the app's loader reads it when the dataset opens. */
function load(corpus: unknown) {
  return validateCorpus({
    corpus: { file: 'kept', json: corpus },
    places: { file: 'geo/places.json', json: copyPlaces() },
  });
}

describe('applyReview', () => {
  it('writes an accepted draft as an event the loader takes without a problem, with its own place and new actor', () => {
    const before = deepFreeze(copyCorpus());
    const result = applyReview(before, input([draft(), draft({ key: 'd1', decision: 'dropped' })]));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.added).toEqual(['2010-05-11-ministers-meet-in-turin']);
    const loaded = load(result.corpus);
    expect(loaded.problems).toEqual([]);
    const event = loaded.value.events.find((e) => e.id === result.added[0]);
    expect(event?.places).toEqual([{ place: 'gn-3165524', role: 'venue' }]);
    expect(event?.sources).toEqual(['test-wire-2010-05-12']);
    expect(event?.quotes).toEqual([
      { text: 'We agreed', speaker: 'claire-dubois', source: 'test-wire-2010-05-12' },
    ]);
    expect(loaded.value.places.find((p) => p.id === 'gn-3165524')?.name).toBe('Turin');
    expect(loaded.value.actors.find((a) => a.id === 'claire-dubois')?.name).toBe('Claire Dubois');
    // The dropped draft is not written; the input is left as it was.
    expect(loaded.value.events).toHaveLength(3);
    expect(before.events).toHaveLength(2);
  });

  it('a merged draft adds the source and its quote to the existing event instead of a new one', () => {
    const merged = draft({ decision: 'merged', mergeWith: 'summit', quote: null });
    const result = applyReview(copyCorpus(), input([merged]));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.added).toEqual([]);
    expect(result.merged).toEqual(['summit']);
    const loaded = load(result.corpus);
    expect(loaded.problems).toEqual([]);
    expect(loaded.value.events.find((e) => e.id === 'summit')?.sources).toEqual([
      'wire-1',
      'paper-2',
      'test-wire-2010-05-12',
    ]);
  });

  it('ids never collide with what the dataset holds', () => {
    const first = applyReview(copyCorpus(), input([draft()]));
    if (!first.ok) throw new Error('first');
    const second = applyReview(first.corpus, input([draft()]));
    if (!second.ok) throw new Error('second');
    expect(second.added).toEqual(['2010-05-11-ministers-meet-in-turin-2']);
    expect(load(second.corpus).problems).toEqual([]);
  });

  it('refuses drafts with a missing topic or a date that does not match its precision, naming the field', () => {
    const result = applyReview(
      copyCorpus(),
      input([draft({ topics: [], time: { start: '2010-05', end: '', precision: 'day' } })]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.draft} ${p.field}`)).toEqual(['d0 time.start', 'd0 topics']);
  });

  it('refuses when nothing is accepted or merged', () => {
    const result = applyReview(copyCorpus(), input([draft({ decision: 'pending' })]));
    expect(result.ok).toBe(false);
  });
});
