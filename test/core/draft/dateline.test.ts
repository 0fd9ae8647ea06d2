import { describe, expect, it } from 'vitest';
import { findDateline, findPublished } from '../../../src/core/draft/dateline';

describe('findDateline', () => {
  it('reads place, region and outlet from a wire dateline', () => {
    const text = 'Headline\n\nNICE, France (Reuters) -- Leaders met.';
    const hit = findDateline(text);
    expect(hit?.place.text).toBe('NICE');
    expect(text.slice(hit?.place.start, hit?.place.end)).toBe('NICE');
    expect(hit?.region?.text).toBe('France');
    expect(hit?.outlet).toBe('Reuters');
  });

  it('reads a bare dateline with an em dash', () => {
    expect(findDateline('PARIS — The talks began.')?.place.text).toBe('PARIS');
    expect(findDateline('PARIS — The talks began.')?.outlet).toBeNull();
  });

  it('finds none in plain prose', () => {
    expect(findDateline('The talks began in Paris - slowly.')).toBeNull();
  });
});

describe('findPublished', () => {
  it('reads a printed date with a year near the top', () => {
    expect(findPublished('menu\n11 Mar, 2008 14:26\n\nStory')).toBe('2008-03-11');
    expect(findPublished('Posted Nov. 14, 2008 by staff')).toBe('2008-11-14');
  });

  it('ignores dates without a year', () => {
    expect(findPublished('Talks on Friday and next week.')).toBeNull();
  });
});
