import { describe, expect, it } from 'vitest';
import { counted, groupDigits, groupNumber } from '../../src/core/group-digits';

describe('groupDigits', () => {
  it('writes whole numbers as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 100_001, 1_000_000, 1_234_567_890, -4321])
      expect(groupDigits(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('rounds to a whole number', () => {
    expect(groupDigits(1234.6)).toBe('1,235');
  });
});

describe('groupNumber', () => {
  it('groups the whole part and keeps the fraction, as en-GB does', () => {
    for (const n of [0, 0.5, 7, 999.9, 1000, 1234.5, 12_345.25, 1_000_000.1])
      expect(groupNumber(n)).toBe(n.toLocaleString('en-GB', { maximumFractionDigits: 20 }));
  });
});

describe('counted', () => {
  it('groups the count and says the word in the plural unless there is one', () => {
    expect(counted(1, 'event')).toBe('1 event');
    expect(counted(0, 'row')).toBe('0 rows');
    expect(counted(3400, 'event')).toBe('3,400 events');
  });
});
