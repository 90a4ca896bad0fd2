import type { ClaimPlace } from '../domain/claim';
import type { IncidentPlace } from '../domain/incident';
import { normaliseName } from '../reconcile/name-normalise';
import { haversineKm } from './haversine';

/** How a claim's place relates to an incident's: a score to add, words for the reason, or a mismatch. */
export type PlaceMatch =
  | { kind: 'match'; score: number; distanceKm: number | null; reason: string }
  | { kind: 'mismatch' }
  | { kind: 'unknown' };

const COARSE_KINDS = new Set(['country', 'admin1']);
const COARSE_PRECISIONS = new Set(['admin1', 'country']);

const same = (a: string | null, b: string | null): boolean | null =>
  a === null || b === null ? null : normaliseName(a) === normaliseName(b);

// A region or country is compared by containment: a distance between centroids means nothing.
const coarseMatch = (c: ClaimPlace, i: IncidentPlace): PlaceMatch => {
  if (same(c.country, i.country) === false) return { kind: 'mismatch' };
  const bothRegional = c.kind !== 'country' && i.precision !== 'country';
  if (bothRegional && same(c.admin1, i.admin1) === false) return { kind: 'mismatch' };
  if (same(c.country, i.country) === null) return { kind: 'unknown' };
  return {
    kind: 'match',
    score: 1,
    distanceKm: null,
    reason: `same region (${i.admin1 ?? i.country ?? i.name})`,
  };
};

/** Compares places (hard limit `maxKm` when both have coordinates). */
export const matchPlace = (c: ClaimPlace | null, i: IncidentPlace | null, maxKm: number): PlaceMatch => {
  if (c === null || i === null) return { kind: 'unknown' };
  if (COARSE_KINDS.has(c.kind ?? '') || COARSE_PRECISIONS.has(i.precision)) return coarseMatch(c, i);
  if (c.geonameId !== null && c.geonameId === i.geonameId)
    return { kind: 'match', score: 3, distanceKm: 0, reason: `same place (${i.name})` };
  if (c.lat !== null && c.lon !== null && i.lat !== null && i.lon !== null) {
    const d = haversineKm({ lat: c.lat, lon: c.lon }, { lat: i.lat, lon: i.lon });
    if (d > maxKm) return { kind: 'mismatch' };
    return {
      kind: 'match',
      score: 3 * (1 - d / maxKm),
      distanceKm: d,
      reason: `${d.toFixed(1)} km from ${i.name}`,
    };
  }
  if (same(c.name, i.name) === true)
    return { kind: 'match', score: 2, distanceKm: null, reason: `same place name (${i.name})` };
  if (same(c.country, i.country) === false) return { kind: 'mismatch' };
  return { kind: 'unknown' };
};
