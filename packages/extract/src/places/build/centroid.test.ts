import { describe, expect, it } from 'vitest';
import { trimmedMidrange } from './centroid';

describe('trimmedMidrange', () => {
  it('is the middle of the covered range, not the mean of dense points', () => {
    const points = [
      { lat: 0, lon: 0 },
      { lat: 0.1, lon: 0.1 },
      { lat: 0.2, lon: 0.1 },
      { lat: 10, lon: 4 },
    ];
    expect(trimmedMidrange(points)).toEqual({ lat: 5, lon: 2 });
  });

  it('ignores the outer 1 % of large sets and returns null for none', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({ lat: i % 100, lon: 0 }));
    points.push({ lat: 1000, lon: 0 }, { lat: 1000, lon: 0 });
    expect(trimmedMidrange(points)?.lat).toBeLessThan(100);
    expect(trimmedMidrange([])).toBeNull();
  });
});
