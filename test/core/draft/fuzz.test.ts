// 10,000 generated hostile texts through the drafter: it never throws, and every span it returns
// is a valid slice of its input. Seeded, so a failure replays.

import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/core/draft';
import { draftArticle } from '../../../src/core/draft';
import { miniGazetteer } from '../../fixtures/mini-gazetteer';

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Paris',
  'NICE, France (X) -- ',
  'Georgia',
  'Russian',
  'President Ivan Petrov',
  'Mr. ',
  '“',
  '”',
  '"',
  ',',
  ' said',
  'mid-2009',
  'in June or July',
  'next year',
  'Friday',
  ' ',
  '\n\n',
  '\u0000',
  '\uFEFF',
  '\uD83D',
  '🙂',
  'é',
  'e\u0301',
  'U.S.',
  'NATO',
  '--',
  '—',
  '(',
  ')',
  '.',
  '?',
  'the Russian leader',
  'summit in ',
  'by next summer',
  '\\',
  '$&',
  '[',
  '*',
  'Ga.',
  'Texas',
  'Kaliningrad',
  '\t',
  'ǅ',
  'İ',
  '2008-13-45',
];

let checked = 0;
const check = (text: string, span: Span) => {
  checked += 1;
  if (
    !(
      span.start >= 0 &&
      span.end <= text.length &&
      span.start <= span.end &&
      text.slice(span.start, span.end) === span.text
    )
  ) {
    throw new Error(`bad span ${JSON.stringify(span)} in ${JSON.stringify(text)}`);
  }
};

/** Drafts `count` seeded hostile texts; returns how many spans were checked. */
function fuzz(seed: number, count: number): number {
  const g = miniGazetteer();
  const random = prng(seed);
  checked = 0;
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const pieces = 1 + Math.floor(random() * 8);
    for (let i = 0; i < pieces; i++) parts.push(PIECES[Math.floor(random() * PIECES.length)] as string);
    const text = parts.join('');
    const d = draftArticle(text, g, { published: n % 3 === 0 ? null : '2010-05-14' });
    for (const list of [d.places, d.dates, d.actors, d.quotes]) for (const s of list) check(text, s);
    for (const e of d.events) check(text, e.evidence);
    if (d.dateline?.place) check(text, d.dateline.place);
  }
  return checked;
}

// 10,000 texts in four batches, so each test stays far from Vitest's 5 s limit on a busy machine.
describe('draftArticle on hostile input', () => {
  for (const [batch, seed] of [
    [1, 12],
    [2, 13],
    [3, 14],
    [4, 15],
  ] as const) {
    it(`never throws and keeps every offset valid: texts ${(batch - 1) * 2_500 + 1}–${batch * 2_500} (seed ${seed})`, () => {
      // Spans of every kind were produced many times over, so the checks did run.
      expect(fuzz(seed, 2_500)).toBeGreaterThan(1_250);
    });
  }
});
