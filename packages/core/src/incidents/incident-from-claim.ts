import type { ClaimFacts, ClaimPlace } from '../domain/claim';
import type { IncidentPlace, NewIncident, PlacePrecision } from '../domain/incident';
import { formatRange } from '../reconcile/format-figures';
import { claimDayRange, precisionForRange } from './day-range';
import type { IncidentFields } from './merge-helpers';

// A district (admin2) has no precision of its own: claiming "locality" would overstate what is known.
const PRECISION_BY_KIND: Record<string, PlacePrecision> = {
  city: 'locality',
  admin2: 'admin1',
  admin1: 'admin1',
  country: 'country',
};

/** How precisely a claim's place locates an incident; unknown kinds count as a locality. */
export const placePrecision = (kind: string | null): PlacePrecision =>
  PRECISION_BY_KIND[kind ?? ''] ?? 'locality';

const toIncidentPlace = (p: ClaimPlace): IncidentPlace => ({
  name: p.name,
  geonameId: p.geonameId,
  country: p.country,
  admin1: p.admin1,
  lat: p.lat,
  lon: p.lon,
  precision: placePrecision(p.kind),
});

/** "1,700 cadets killed in Tikrit, 2014-06-12" */
export const titleForClaim = (facts: ClaimFacts): string => {
  const who = facts.victims === null ? '' : ` ${facts.victims.text}`;
  const where = facts.place === null ? '' : ` in ${facts.place.name}`;
  const days = claimDayRange(facts.date);
  const when = days === null ? '' : `, ${days.from === days.to ? days.from : `${days.from} to ${days.to}`}`;
  return `${formatRange(facts.count.min, facts.count.max)}${who} ${facts.event}${where}${when}`;
};

/** The descriptive fields one claim gives an incident: place with its precision, dates, kind, perpetrator, victims. */
export const incidentFieldsFromClaim = (facts: ClaimFacts): IncidentFields => {
  const days = claimDayRange(facts.date);
  return {
    place: facts.place === null ? null : toIncidentPlace(facts.place),
    dateFrom: days?.from ?? null,
    dateTo: days?.to ?? null,
    datePrecision: days === null ? null : precisionForRange(days),
    eventKinds: [facts.event],
    perpetrators: facts.perpetrator === null ? [] : [facts.perpetrator],
    victimTypes: facts.victims === null ? [] : [facts.victims.type],
  };
};

/** A new incident pre-filled from one claim (see `incidentFieldsFromClaim`), status new, ungraded. */
export const incidentFromClaim = (facts: ClaimFacts, opts: { title?: string } = {}): NewIncident => ({
  title: opts.title?.trim() || titleForClaim(facts),
  ...incidentFieldsFromClaim(facts),
  status: 'new',
  grade: null,
  gradeReason: null,
  assigneeIds: [],
});
