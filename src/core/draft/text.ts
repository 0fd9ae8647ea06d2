// Small text helpers shared by the finders: sentences and word tokens with their offsets.

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Abbreviations with dots ("U.S.", "U.N.", "W.Va.") or plain words; apostrophes end a word
 * ("Europe’s").
 */
const WORD = /\p{Lu}(?:\.\p{Lu})+(?:\p{Ll}+\.)?\.?|[\p{L}\p{M}\d]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Sentence spans: split after . ! ? (not after a one-letter or title abbreviation) and at blank lines. */
export function sentences(text: string): Token[] {
  const out: Token[] = [];
  const boundary =
    /(?<![A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov)[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n\s*\n/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start, end: text.length });
  return out.filter((s) => s.text.trim() !== '');
}

/** The sentence holding offset `at`, or null. */
export function sentenceAt(list: readonly Token[], at: number): Token | null {
  for (const s of list) if (at >= s.start && at < s.end) return s;
  return null;
}

/** Words before a place name that say it is one ("in Chiefland", "near Mart"). */
export const LOCATIVE = /\b(in|at|from|to|near|into|of|outside|across|toward|towards|visit(?:ed|ing)?)\s*$/i;
