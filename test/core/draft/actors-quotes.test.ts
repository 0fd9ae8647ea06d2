import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/draft/actors';
import { findQuotes } from '../../../src/core/draft/quotes';

const KNOWN = [
  { id: 'ivan-petrov', name: 'Ivan Petrov', country: 'russia' },
  { id: 'nato', name: 'NATO' },
];
const demonym = (w: string) => (w === 'Russian' ? 'russia' : undefined);

describe('findActors', () => {
  it('joins a titled name, "Mr. X" and "the Russian leader" into one known actor', () => {
    const text = 'President Ivan Petrov arrived. Later Mr. Petrov left, and the Russian leader smiled.';
    const actors = findActors(text, KNOWN, demonym).filter((a) => a.kind === 'person');
    expect(actors.map((a) => [a.text, a.actorId])).toEqual([
      ['Ivan Petrov', 'ivan-petrov'],
      ['Petrov', 'ivan-petrov'],
      ['the Russian leader', 'ivan-petrov'],
    ]);
    for (const a of actors) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('proposes an unknown titled person as new', () => {
    const [a] = findActors('Prime Minister Anna Berg spoke.', KNOWN, demonym);
    expect(a).toMatchObject({ name: 'Anna Berg', actorId: 'anna-berg', known: false, kind: 'person' });
  });

  it('finds organisations by name and short form, matched to the dataset', () => {
    const orgs = findActors('NATO and the EU met the OSCE and the G-20.', KNOWN, demonym);
    expect(orgs.map((o) => [o.text, o.actorId, o.known])).toEqual([
      ['NATO', 'nato', true],
      ['EU', 'european-union', false],
      ['OSCE', 'osce', false],
      ['G-20', 'g20', false],
    ]);
  });

  it('does not take "EU" inside another word', () => {
    expect(findActors('The EUROPOL office.', KNOWN, demonym)).toEqual([]);
  });
});

describe('findQuotes', () => {
  it('attributes a quote to the named speaker or to the last person before "he said"', () => {
    const text = 'President Ivan Petrov spoke. “We will not move,” he said. "Time is short," Anna Berg said.';
    const actors = findActors(text, KNOWN, demonym);
    const quotes = findQuotes(text, actors);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ivan Petrov', 'Anna Berg']);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('leaves the speaker empty when nobody is named', () => {
    expect(findQuotes('The sign read “closed for the winter” all year.', [])[0]?.speaker).toBeNull();
  });
});
