import { describe, expect, it } from 'vitest';
import { topicNumbers } from '../../../src/core/index/topic-numbers';
import { fixtureModel } from '../aggregate/fixture';

describe('topicNumbers', () => {
  const { index } = fixtureModel();

  it('numbers each position’s first and second topic in topicIds order, -1 when it has none', () => {
    for (const n of [0, 1] as const) {
      const expected = index.events.map((e) => {
        const id = e.topics[n];
        return id === undefined ? -1 : index.topicIds.indexOf(id);
      });
      expect([...topicNumbers(index, n)]).toEqual(expected);
    }
    expect([...topicNumbers(index, 1)]).toContain(-1);
  });

  it('computes each list once per index', () => {
    expect(topicNumbers(index, 0)).toBe(topicNumbers(index, 0));
    expect(topicNumbers(index, 0)).not.toBe(topicNumbers(index, 1));
  });
});
