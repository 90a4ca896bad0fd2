import type { ClaimFacts } from '../domain/claim';
import type { Incident } from '../domain/incident';
import { normaliseName } from '../reconcile/name-normalise';
import { claimDayRange, dayGap, incidentDayRange } from './day-range';
import { matchPlace } from './place-match';
import { victimsCompatible } from './victim-compat';

export interface SuggestIncidentsOptions {
  /** Farthest a candidate may be when both places have coordinates; default 25 km. */
  maxKm?: number;
  /** Days dates may be apart and still match (reports lag and time zones differ); default 1. */
  dateSlackDays?: number;
  /** Most suggestions returned; default 10. */
  limit?: number;
}

/** An existing incident a claim may belong to, with why. */
export interface IncidentSuggestion {
  incident: Incident;
  /** Higher is a better match; only meaningful for ordering. */
  score: number;
  distanceKm: number | null;
  /** Days between the claim's and the incident's dates; 0 when they overlap; null when unknown. */
  dayGap: number | null;
  reason: string;
}

const scoreCandidate = (
  facts: ClaimFacts,
  inc: Incident,
  maxKm: number,
  slack: number,
): IncidentSuggestion | null => {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  const place = matchPlace(facts.place, inc.place, maxKm);
  if (place.kind === 'mismatch') return null;
  if (place.kind === 'match') add(place.score, place.reason);
  const claimDays = claimDayRange(facts.date);
  const incDays = incidentDayRange(inc);
  const gap = claimDays === null || incDays === null ? null : dayGap(claimDays, incDays);
  if (gap !== null && gap > slack) return null;
  if (gap === 0) add(2, 'dates overlap');
  else if (gap !== null) add(1, `dates ${gap} day${gap === 1 ? '' : 's'} apart`);
  if (place.kind !== 'match' && gap === null) return null;
  // Kind, victims and perpetrator only rank: one attack may be reported as killed and as injured.
  if (inc.eventKinds.includes(facts.event)) add(1, `same kind (${facts.event})`);
  else add(0, `different kind (${facts.event}; incident has ${inc.eventKinds.join(', ') || 'none'})`);
  const victims = victimsCompatible(facts.victims?.type ?? null, inc.victimTypes);
  if (victims === true) add(0.5, 'victims compatible');
  if (victims === false)
    add(-1, `victims differ (${facts.victims?.type ?? ''} vs ${inc.victimTypes.join(', ')})`);
  const perp = facts.perpetrator === null ? '' : normaliseName(facts.perpetrator);
  if (perp !== '' && inc.perpetrators.some((p) => normaliseName(p) === perp)) add(0.5, 'same perpetrator');
  const distanceKm = place.kind === 'match' ? place.distanceKm : null;
  return { incident: inc, score, distanceKm, dayGap: gap, reason: reasons.join('; ') };
};

/**
 * Ranks existing incidents a claim may describe. A candidate needs positive evidence from place or date,
 * and is dropped when either clearly disagrees (too far, another region, dates beyond the slack).
 * Kind, victims and perpetrator adjust the rank. Best first; ties by incident id.
 */
export const suggestIncidents = (
  facts: ClaimFacts,
  candidates: readonly Incident[],
  opts: SuggestIncidentsOptions = {},
): IncidentSuggestion[] => {
  const { maxKm = 25, dateSlackDays = 1, limit = 10 } = opts;
  return candidates
    .flatMap((inc) => scoreCandidate(facts, inc, maxKm, dateSlackDays) ?? [])
    .sort((a, b) => b.score - a.score || a.incident.id.localeCompare(b.incident.id))
    .slice(0, limit);
};
