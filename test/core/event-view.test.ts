// Relation phrases: one test per relation kind, both directions, written out as a reader should see
// them (regression: an incoming "discussed at" read "… is a discussed at this").
import { describe, expect, it } from 'vitest';
import { RELATION_PHRASES, relationSentence } from '../../src/core/event-view';
import { RELATION_TYPES, type RelationType } from '../../src/core/types';

const cases: Record<RelationType, { outgoing: string; incoming: string }> = {
  'response-to': {
    outgoing: 'In response to: Shield plan',
    incoming: 'Answered by: Shield plan',
  },
  'follow-up-of': {
    outgoing: 'Follows up on: Shield plan',
    incoming: 'Followed up by: Shield plan',
  },
  'discussed-at': {
    outgoing: 'Discussed at: Shield plan',
    incoming: 'Discussed here: Shield plan',
  },
  'part-of': {
    outgoing: 'Part of: Shield plan',
    incoming: 'Includes: Shield plan',
  },
  'cause-of': {
    outgoing: 'Led to: Shield plan',
    incoming: 'Caused by: Shield plan',
  },
};

describe('relation phrases', () => {
  it.each(RELATION_TYPES)('reads %s in both directions', (type) => {
    expect(relationSentence(type, 'outgoing', 'Shield plan')).toBe(cases[type].outgoing);
    expect(relationSentence(type, 'incoming', 'Shield plan')).toBe(cases[type].incoming);
  });

  it('never uses the article-and-label pattern that produced "is a discussed at this"', () => {
    for (const type of RELATION_TYPES)
      for (const phrase of Object.values(RELATION_PHRASES[type])) {
        expect(phrase).not.toMatch(/\bis an? \b/);
        expect(phrase).not.toMatch(/\bthis$/);
      }
    // The two directions of one kind never read the same.
    for (const type of RELATION_TYPES)
      expect(RELATION_PHRASES[type].outgoing).not.toBe(RELATION_PHRASES[type].incoming);
  });
});
