import {
  claimDayRange,
  effectiveFacts,
  suggestIncidents,
  type IncidentSuggestion,
  type Repositories,
} from '@corroborate/core';
import { requireClaim } from './load-incident';

const MAX_KM = 25;
const SLACK_DAYS = 1;
const KM_PER_DEGREE_LAT = 111.2;

const shiftDay = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Incidents a claim may belong to, best first, each with the reason (core `suggestIncidents`).
 * Candidates come from the store by overlapping dates, a box around the place, or the same region;
 * the incident it is already linked to is left out.
 */
export const suggestForClaim = async (
  repos: Repositories,
  claimId: string,
  limit: number,
): Promise<IncidentSuggestion[]> => {
  const claim = await requireClaim(repos, claimId);
  const facts = effectiveFacts(claim);
  const days = claimDayRange(facts.date);
  const place = facts.place;
  const point = place?.lat != null && place.lon != null ? { lat: place.lat, lon: place.lon } : null;
  const dLat = MAX_KM / KM_PER_DEGREE_LAT;
  const dLon = point === null ? 0 : dLat / Math.max(0.01, Math.cos((point.lat * Math.PI) / 180));
  const candidates = await repos.incidents.candidates({
    dateFrom: days === null ? null : shiftDay(days.from, -SLACK_DAYS),
    dateTo: days === null ? null : shiftDay(days.to, SLACK_DAYS),
    box:
      point === null
        ? null
        : {
            minLat: point.lat - dLat,
            maxLat: point.lat + dLat,
            minLon: point.lon - dLon,
            maxLon: point.lon + dLon,
          },
    region: place?.country ? { country: place.country, admin1: place.admin1 } : null,
    limit: 500,
  });
  const others = candidates.filter((i) => i.id !== claim.incidentId);
  return suggestIncidents(facts, others, { maxKm: MAX_KM, dateSlackDays: SLACK_DAYS, limit });
};
