// The dateline ("NICE, France (Reuters) --", "PARIS —") and the publication date printed near the
// top of a story ("11 Mar, 2008 14:26", "Nov. 14, 2008").

import * as chrono from 'chrono-node';
import type { Span } from './types';

/** How far into the text the dateline and the printed date are looked for (UTF-16 units). */
const HEAD = 2_000;
const DATELINE =
  /^[ \t]*(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu})(?:,\s*([\p{Lu}][\p{L}. ]*?))?\s*(?:\(([^)\n]{1,40})\))?\s*(?:--|—|–|-)\s/mu;

export interface DatelineHit {
  /** The place words ("NICE"). */
  readonly place: Span;
  /** The country or state after the comma ("France"), if any. */
  readonly region: Span | null;
  readonly outlet: string | null;
}

export function findDateline(text: string): DatelineHit | null {
  const m = DATELINE.exec(text.slice(0, HEAD));
  if (!m) return null;
  const word = m[1] as string;
  const start = m.index + m[0].indexOf(word);
  const regionText = m[2];
  const regionStart = regionText ? text.indexOf(regionText, start + word.length) : -1;
  return {
    place: { text: word, start, end: start + word.length },
    region: regionText
      ? { text: regionText, start: regionStart, end: regionStart + regionText.length }
      : null,
    outlet: m[3]?.trim() ?? null,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The first full date (day, month and year all written) near the top, as YYYY-MM-DD. */
export function findPublished(text: string): string | null {
  for (const r of chrono.parse(text.slice(0, HEAD), { instant: new Date(0), timezone: 0 })) {
    if (/\d{4}/.test(r.text) && r.start.isCertain('day') && r.start.isCertain('month')) {
      return isoDay(r.start.date());
    }
  }
  return null;
}
