/** Points grouped into a square grid cell of the screen: the count and their mean position. */
export interface Cluster {
  x: number;
  y: number;
  count: number;
}

/**
 * Clusters screen points by a grid of `cell` pixels in one pass (O(n), no cap on n): each cell
 * reports how many points fall in it and where their centre lies. Points that do not project are skipped.
 */
export const gridClusters = (
  points: readonly (readonly [number, number])[],
  project: (lonLat: [number, number]) => [number, number] | null,
  cell: number,
): Cluster[] => {
  const cells = new Map<number, { sx: number; sy: number; count: number }>();
  for (const [lat, lon] of points) {
    const p = project([lon, lat]);
    if (p === null) continue;
    const key = Math.floor(p[0] / cell) * 100_003 + Math.floor(p[1] / cell);
    const c = cells.get(key);
    if (c) {
      c.sx += p[0];
      c.sy += p[1];
      c.count++;
    } else cells.set(key, { sx: p[0], sy: p[1], count: 1 });
  }
  return [...cells.values()].map((c) => ({ x: c.sx / c.count, y: c.sy / c.count, count: c.count }));
};
