// Folded searchable text of an event (title, summary, actor and place names, quotes), built lazily
// by the index on the first text query. Names are folded once per id and shared between events.
import { foldText } from '../slug';
import type { NewsEvent } from '../types';
import type { IndexContext } from './event-index';

/** Folds accents only when there are any: most text is ASCII, and NFKD is costly at 1M events. */
function fastFold(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "anything outside ASCII".
  return /[^\u0000-\u007f]/.test(text) ? foldText(text) : text.toLowerCase();
}

export function searchText(e: NewsEvent, ctx: IndexContext, names: Map<string, string>): string {
  const named = (id: string, name: () => string): string => {
    let folded = names.get(id);
    if (folded === undefined) {
      folded = fastFold(name());
      names.set(id, folded);
    }
    return folded;
  };
  let text = `${fastFold(e.title)}\n${fastFold(e.summary)}`;
  for (const id of e.actors) text += `\n${named(`a:${id}`, () => ctx.actors.get(id)?.name ?? '')}`;
  for (const p of e.places) {
    text += `\n${named(`p:${p.place}`, () => {
      const place = ctx.places.get(p.place);
      return place ? [place.name, ...place.aliases].join('\n') : '';
    })}`;
  }
  for (const q of e.quotes)
    text += `\n${fastFold(q.text)}\n${named(`a:${q.speaker}`, () => ctx.actors.get(q.speaker)?.name ?? '')}`;
  return text;
}
