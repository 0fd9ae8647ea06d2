import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../../src/core/draft';
import { miniGazetteer } from '../../fixtures/mini-gazetteer';

const g = miniGazetteer();
const TEXT = [
  'NICE, France (Wire) -- President Ivan Petrov met French leaders at a summit in Nice on Friday.',
  '',
  'He threatened to deploy missiles in Kaliningrad next year, officials said.',
].join('\n');

describe('draftArticle', () => {
  it('reads dateline, places, dates and one draft event per happening', () => {
    const d = draftArticle(TEXT, g, { published: '2010-05-14', headline: 'Summit' });
    expect(d.dateline).toMatchObject({ outlet: 'Wire', place: { placeId: 'nice' } });
    expect(d.events.map((e) => e.places.map((p) => p.placeId))).toEqual([
      ['nice', 'france'],
      ['kaliningrad'],
    ]);
    const [summit, threat] = d.events;
    expect(summit?.date).toEqual({ start: '2010-05-14', end: '2010-05-14', precision: 'day' });
    expect(summit?.places[0]?.role).toBe('venue');
    expect(threat?.status).toBe('threatened');
    expect(threat?.date?.precision).toBe('year');
    expect(summit?.source).toEqual({ outlet: 'Wire', headline: 'Summit', published: '2010-05-14' });
    for (const e of d.events) {
      expect(e.title.split(' ').length).toBeLessThanOrEqual(12);
      expect(TEXT.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
  });

  it('highlights a continent but never makes it where a drafted event is', () => {
    const text = 'Russia threatened to deploy missiles in Europe. The summit in Europe met in Nice.';
    const d = draftArticle(text, g, { published: '2010-05-14' });
    expect(d.places.filter((p) => p.placeId === 'europe')).toHaveLength(2);
    expect(d.events.map((e) => e.places.map((p) => p.placeId))).toEqual([['russia'], ['nice']]);
  });

  it('proposes adding the source to a dataset event with the same place, dates and an actor', () => {
    const known = [
      {
        id: 'summit-2010',
        places: ['nice'],
        start: '2010-05-13',
        end: '2010-05-15',
        actors: ['ivan-petrov'],
      },
      { id: 'other', places: ['nice'], start: '2009-01-01', end: '2009-01-02', actors: ['ivan-petrov'] },
    ];
    const actors = [{ id: 'ivan-petrov', name: 'Ivan Petrov', country: 'russia' }];
    const d = draftArticle(TEXT, g, { published: '2010-05-14', events: known, actors });
    expect(d.events[0]?.mergeWith).toBe('summit-2010');
    expect(d.events[1]?.mergeWith).toBeNull();
  });

  it('suggests the dataset topics whose words the evidence uses', () => {
    const topics = [
      { id: 'missiles', words: ['missile'] },
      { id: 'trade', words: ['tariff'] },
    ];
    const d = draftArticle(TEXT, g, { published: '2010-05-14', topics });
    expect(d.events.map((e) => e.topics)).toEqual([[], ['missiles']]);
  });

  it('leaves dates empty when no publication date is given or printed', () => {
    expect(draftArticle(TEXT, g).dates).toEqual([]);
  });
});
