// Quoted speech with its speaker: “…,” Sarkozy said / "…," he said / said Mr. Medvedev.

import type { ActorMention, Quote } from './types';

const QUOTE = /[“"]([^“”"\n]{8,}?)[”"]/g;
const AFTER =
  /^\s*(?:(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}|he|she|they)\s+(?:said|says|told|added|declared)|(?:said|says|added)\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}))/u;

export function findQuotes(text: string, actors: readonly ActorMention[]): Quote[] {
  const quotes: Quote[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = AFTER.exec(text.slice(end, end + 60));
    let speaker: string | null = after ? ((after[1] ?? after[2]) as string) : null;
    if (speaker && /^(he|she|they)$/.test(speaker)) {
      // A pronoun is the person named most recently before the quote.
      const last = actors.filter((a) => a.kind === 'person' && a.end <= start).at(-1);
      speaker = last?.name ?? null;
    } else if (speaker) {
      const last = speaker.split(' ').at(-1) ?? speaker;
      speaker = actors.find((a) => a.kind === 'person' && a.name.endsWith(last))?.name ?? speaker;
    }
    quotes.push({ text: m[0], start, end, speaker });
  }
  return quotes;
}
