import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../../src/core/draft';
import {
  candidatesFor,
  nearestPlace,
  placeLabel,
  reviewReducer,
  searchPlaces,
  startSession,
} from '../../../src/core/review';
import { miniGazetteer } from '../../fixtures/mini-gazetteer';

const gazetteer = miniGazetteer();
const TEXT =
  'NICE, France — It was a quiet week. Leaders met in Paris on Tuesday to sign a pact. “We agreed on it,” said Mayor Ann Vale.';
const meta = { outlet: 'Test Wire', headline: 'Pact signed', published: '2010-05-12', url: '', language: '' };

function session() {
  return startSession(TEXT, draftArticle(TEXT, gazetteer, { published: '2010-05-12' }), meta);
}

describe('review session', () => {
  it('starts from the drafter with the metadata filled in and the dateline as the source’s', () => {
    const s = session();
    expect(s.source).toMatchObject({
      outlet: 'Test Wire',
      published: '2010-05-12',
      language: 'en',
      dateline: 'nice',
    });
    expect(s.drafts.map((d) => d.places.map((p) => p.placeId))).toEqual([['paris']]);
    expect(s.drafts[0]?.decision).toBe('pending');
  });

  it('picking another Paris for the mention moves the draft of its sentence there', () => {
    let s = session();
    const index = s.draft.places.findIndex((p) => p.text === 'Paris');
    expect(candidatesFor(gazetteer, 'Paris').map((p) => p.id)).toEqual(['paris', 'gn-paris-tx']);
    s = reviewReducer(s, { type: 'pick', target: { kind: 'mention', index } });
    s = reviewReducer(s, { type: 'choose-place', placeId: 'gn-paris-tx' });
    expect(s.mentionPlaces[index]).toBe('gn-paris-tx');
    expect(s.drafts[0]?.places).toEqual([{ placeId: 'gn-paris-tx', role: 'venue' }]);
    expect(s.picking).toBeNull();
  });

  it('a draft place can be replaced or added, without repeating a place', () => {
    let s = session();
    s = reviewReducer(s, { type: 'pick', target: { kind: 'add-place', key: 'd0' } });
    s = reviewReducer(s, { type: 'choose-place', placeId: 'france' });
    expect(s.drafts[0]?.places.map((p) => `${p.placeId}:${p.role}`)).toEqual([
      'paris:venue',
      'france:subject',
    ]);
    s = reviewReducer(s, { type: 'pick', target: { kind: 'draft-place', key: 'd0', index: 0 } });
    s = reviewReducer(s, { type: 'choose-place', placeId: 'france' });
    expect(s.drafts[0]?.places.map((p) => p.placeId)).toEqual(['france']);
  });

  it('edits a draft and the source by key', () => {
    let s = session();
    s = reviewReducer(s, {
      type: 'edit-draft',
      key: 'd0',
      patch: { title: 'Pact signed in Paris', decision: 'accepted' },
    });
    s = reviewReducer(s, { type: 'edit-source', patch: { outlet: 'Other' } });
    expect(s.drafts[0]).toMatchObject({ title: 'Pact signed in Paris', decision: 'accepted' });
    expect(s.source.outlet).toBe('Other');
  });
});

describe('choosing places', () => {
  it('labels a place with its state and country, and finds places by the start of a name', () => {
    const tx = gazetteer.byId.get('gn-paris-tx');
    if (!tx) throw new Error('fixture');
    expect(placeLabel(gazetteer, tx)).toBe('Paris, Texas, United States');
    expect(searchPlaces(gazetteer, 'pa').map((p) => p.id)).toEqual(['paris', 'gn-paris-tx']);
    expect(searchPlaces(gazetteer, 'p')).toEqual([]);
  });

  it('a click on the map picks the nearest town', () => {
    expect(nearestPlace(gazetteer, 43.6, 7.1)?.id).toBe('nice');
    expect(nearestPlace(gazetteer, 33.7, -95.6)?.id).toBe('gn-paris-tx');
  });
});
