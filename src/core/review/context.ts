// What the drafter knows besides the article, from the dataset on screen: its actors (matched by
// name), its events (a draft that repeats one proposes a merge) and its topics (suggested by word).
import { eventInterval, formatIsoDay } from '../dates';
import type { DraftOptions } from '../draft';
import type { Corpus } from '../types';

/** Words of a topic's label longer than 4 letters, as hints. */
const hintWords = (text: string) => [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];

export function draftContext(corpus: Corpus): Pick<DraftOptions, 'actors' | 'events' | 'topics'> {
  return {
    actors: corpus.actors,
    topics: corpus.topics.map((t) => ({ id: t.id, words: hintWords(t.label) })),
    events: corpus.events.flatMap((e) => {
      const days = eventInterval(e.time);
      if (!days) return [];
      return [
        {
          id: e.id,
          places: e.places.map((p) => p.place),
          start: formatIsoDay(days.start),
          end: formatIsoDay(days.end),
          actors: e.actors,
        },
      ];
    }),
  };
}
