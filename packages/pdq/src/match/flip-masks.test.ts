import { describe, expect, it } from 'vitest';
import { popcount32 } from '../hash/hamming';
import { flipMasks } from './flip-masks';

describe('flipMasks', () => {
  it.each([
    [0, 1],
    [1, 17],
    [2, 137],
    [3, 697],
  ])('lists every 16-bit value within radius %i once (%i values), fewest bits first', (radius, count) => {
    const sut = Array.from(flipMasks(16, radius));
    expect(sut).toHaveLength(count);
    expect(new Set(sut).size).toBe(count);
    const weights = sut.map(popcount32);
    expect(Math.max(...weights)).toBe(radius);
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
  });

  it('enumerates fewer leading bits for coarse buckets', () => {
    expect(Array.from(flipMasks(9, 1)).every((m) => m < 512)).toBe(true);
    expect(flipMasks(9, 1)).toHaveLength(10);
  });
});
