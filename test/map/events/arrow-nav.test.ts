import { describe, expect, it } from 'vitest';
import { isArrowKey, nextInDirection } from '../../../src/map/events/arrow-nav';

//      0 (100,0)
//  1 (0,100)   2 (100,100)   3 (300,110)
//              4 (100,200)
const points = [
  { x: 100, y: 0 },
  { x: 0, y: 100 },
  { x: 100, y: 100 },
  { x: 300, y: 110 },
  { x: 100, y: 200 },
];

describe('nextInDirection (event marks reachable with arrow keys)', () => {
  it('moves to the nearest mark in each direction', () => {
    expect(nextInDirection(points, 2, 'ArrowUp')).toBe(0);
    expect(nextInDirection(points, 2, 'ArrowDown')).toBe(4);
    expect(nextInDirection(points, 2, 'ArrowLeft')).toBe(1);
    expect(nextInDirection(points, 2, 'ArrowRight')).toBe(3);
  });
  it('gives −1 when nothing lies that way', () => {
    expect(nextInDirection(points, 0, 'ArrowUp')).toBe(-1);
    expect(nextInDirection(points, 3, 'ArrowRight')).toBe(-1);
    expect(nextInDirection([], 0, 'ArrowUp')).toBe(-1);
  });
  it('knows the arrow keys', () => {
    expect(isArrowKey('ArrowLeft')).toBe(true);
    expect(isArrowKey('Enter')).toBe(false);
  });
});
