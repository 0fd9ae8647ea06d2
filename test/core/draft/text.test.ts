import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/draft/text';

describe('tokenize', () => {
  it('keeps dotted abbreviations whole, also with small letters ("W.Va.", "U.S.")', () => {
    const words = tokenize('Charleston, W.Va., and the U.S. agreed.').map((t) => t.text);
    expect(words).toEqual(['Charleston', 'W.Va.', 'and', 'the', 'U.S.', 'agreed']);
  });
});
