// A tiny corpus: Nice (city), Paris (city), Poland and Kaliningrad (areas), three topics.
import { buildCorpusModel, type CorpusModel } from '../../../src/core/model';
import type { Corpus, NewsEvent, Place } from '../../../src/core/types';

const places: Place[] = [
  { id: 'nice', name: 'Nice', aliases: [], kind: 'city', lat: 43.7, lon: 7.26, country: 'france' },
  { id: 'paris', name: 'Paris', aliases: [], kind: 'city', lat: 48.86, lon: 2.35, country: 'france' },
  { id: 'france', name: 'France', aliases: [], kind: 'country', lat: 46.6, lon: 2.4, boundary: 'FRA' },
  { id: 'poland', name: 'Poland', aliases: [], kind: 'country', lat: 52, lon: 19.4, boundary: 'POL' },
  {
    id: 'kaliningrad',
    name: 'Kaliningrad',
    aliases: [],
    kind: 'region',
    lat: 54.7,
    lon: 21,
    boundary: 'RUS-KGD',
  },
];

const topics = [
  { id: 'missile-defence', label: 'Missile defence', color: '#332288', description: '' },
  { id: 'diplomacy', label: 'Diplomacy', color: '#44aa99', description: '' },
  { id: 'arms-control', label: 'Arms control', color: '#117733', description: '' },
];

function event(
  id: string,
  start: string,
  placeRoles: [string, NewsEvent['places'][number]['role']][],
  eventTopics: string[],
  related: NewsEvent['related'] = [],
): NewsEvent {
  return {
    id,
    title: id,
    summary: '',
    time: { start, precision: 'day' },
    status: 'occurred',
    places: placeRoles.map(([place, role]) => ({ place, role })),
    actors: [],
    topics: eventTopics,
    quotes: [],
    sources: [],
    related,
  };
}

export const EVENTS: readonly NewsEvent[] = [
  event(
    'shield',
    '2007-01-01',
    [
      ['poland', 'subject'],
      ['france', 'origin'],
    ],
    ['missile-defence', 'diplomacy'],
  ),
  event(
    'threat',
    '2008-11-05',
    [
      ['kaliningrad', 'subject'],
      ['paris', 'origin'],
    ],
    ['missile-defence'],
    [{ event: 'shield', type: 'response-to' }],
  ),
  event('summit', '2008-11-14', [['nice', 'venue']], ['diplomacy', 'missile-defence']),
  event(
    'freeze',
    '2008-11-14',
    [
      ['nice', 'venue'],
      ['poland', 'subject'],
      ['kaliningrad', 'subject'],
    ],
    ['missile-defence'],
    [
      { event: 'threat', type: 'response-to' },
      { event: 'summit', type: 'part-of' },
    ],
  ),
  event(
    'lunch',
    '2008-11-15',
    [
      ['nice', 'subject'],
      ['nice', 'venue'],
    ],
    ['diplomacy'],
  ),
  event('talks', '2008-03-11', [['paris', 'venue']], ['arms-control']),
];

export function fixtureModel(): CorpusModel {
  const corpus: Corpus = { sources: [], topics, actors: [], places, events: EVENTS };
  return buildCorpusModel(corpus);
}
