import { describe, expect, it } from 'vitest';
import { gridClusters } from './grid-clusters';

const identity = ([lon, lat]: [number, number]): [number, number] => [lon, lat];

describe('gridClusters', () => {
  it('puts points of one cell together with their mean position, others apart', () => {
    const sut = gridClusters(
      [
        [1, 1],
        [3, 3],
        [50, 50],
      ],
      identity,
      10,
    );
    expect(sut.sort((a, b) => a.count - b.count)).toEqual([
      { x: 50, y: 50, count: 1 },
      { x: 2, y: 2, count: 2 },
    ]);
  });

  it('skips points that do not project and counts every other one (no cap)', () => {
    const pts = Array.from({ length: 100_000 }, (_, i) => [i % 90, i % 180] as const);
    const sut = gridClusters(pts, (p) => (p[0] > 170 ? null : p), 24);
    const counted = sut.reduce((n, c) => n + c.count, 0);
    expect(counted).toBe(pts.filter((p) => p[1] <= 170).length);
  });
});
