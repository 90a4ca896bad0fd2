import type { LatLon } from '../types';

/** Middle of the range the points cover, ignoring the outer 1 % on each side so a stray point
 *  does not drag it. Close to the geometric centre GeoNames gives regions, unlike a mean, which
 *  follows where towns are dense (British Columbia's are all in the south). */
export function trimmedMidrange(points: readonly LatLon[]): LatLon | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat).sort((a, b) => a - b);
  const lons = points.map((p) => p.lon).sort((a, b) => a - b);
  return { lat: midrange(lats), lon: midrange(lons) };
}

function midrange(sorted: number[]): number {
  const cut = sorted.length >= 100 ? Math.floor(sorted.length * 0.01) : 0;
  const lo = sorted[cut] ?? 0;
  const hi = sorted[sorted.length - 1 - cut] ?? 0;
  return (lo + hi) / 2;
}
