import {
  CLAIM_EVENTS,
  DATE_PRECISIONS,
  DomainError,
  GRADES,
  INCIDENT_STATUSES,
  PLACE_PRECISIONS,
  ROLES,
  VICTIM_TYPES,
  type Incident,
  type IncidentListQuery,
  type Issue,
  type Role,
} from '@corroborate/core';
import { calendarDay } from './claim-facts';
import { checkLimit } from './input-checks';

// The HTTP layer validates first; these checks keep the tables clean whoever calls the store.

const oneOf = (
  issues: Issue[],
  path: string,
  value: string | null | undefined,
  allowed: readonly string[],
): void => {
  if (value !== null && value !== undefined && !allowed.includes(value))
    issues.push({ path: [path], message: `unknown value "${value}"` });
};

const refuse = (what: string, issues: Issue[]): void => {
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `${what}: ${issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      issues,
    );
};

const dayIssue = (issues: Issue[], path: string, value: string | null | undefined): void => {
  if (value !== null && value !== undefined && calendarDay(value) === null)
    issues.push({ path: [path], message: `"${value}" is not a YYYY-MM-DD day` });
};

/** Refuses an incident with unknown enumeration values, impossible days or coordinates, or NUL text. */
export function checkIncident(i: Incident): void {
  const issues: Issue[] = [];
  if (i.title.trim() === '') issues.push({ path: ['title'], message: 'is empty' });
  oneOf(issues, 'status', i.status, INCIDENT_STATUSES);
  oneOf(issues, 'grade', i.grade, GRADES);
  oneOf(issues, 'datePrecision', i.datePrecision, DATE_PRECISIONS);
  oneOf(issues, 'place.precision', i.place?.precision, PLACE_PRECISIONS);
  i.eventKinds.forEach((k) => oneOf(issues, 'eventKinds', k, CLAIM_EVENTS));
  i.victimTypes.forEach((v) => oneOf(issues, 'victimTypes', v, VICTIM_TYPES));
  dayIssue(issues, 'dateFrom', i.dateFrom);
  dayIssue(issues, 'dateTo', i.dateTo);
  const { lat, lon } = i.place ?? { lat: null, lon: null };
  if (lat !== null && !(lat >= -90 && lat <= 90))
    issues.push({ path: ['place', 'lat'], message: 'out of range' });
  if (lon !== null && !(lon >= -180 && lon <= 180))
    issues.push({ path: ['place', 'lon'], message: 'out of range' });
  const texts = [i.title, i.gradeReason, i.place?.name, ...i.perpetrators];
  if (texts.some((t) => t?.includes('\u0000')))
    issues.push({ path: ['title'], message: 'contains a NUL character' });
  refuse(`incident ${i.id}`, issues);
}

export function checkIncidentListQuery(q: IncidentListQuery): void {
  checkLimit(q.limit);
  const issues: Issue[] = [];
  oneOf(issues, 'status', q.status, INCIDENT_STATUSES);
  oneOf(issues, 'grade', q.grade, GRADES);
  oneOf(issues, 'kind', q.kind, CLAIM_EVENTS);
  dayIssue(issues, 'dateFrom', q.dateFrom);
  dayIssue(issues, 'dateTo', q.dateTo);
  if (q.near !== undefined) {
    const { lat, lon, km } = q.near;
    if (!(lat >= -90 && lat <= 90)) issues.push({ path: ['lat'], message: 'must be -90 to 90' });
    if (!(lon >= -180 && lon <= 180)) issues.push({ path: ['lon'], message: 'must be -180 to 180' });
    if (!(km > 0 && km <= 20_000))
      issues.push({ path: ['km'], message: 'must be above 0 and at most 20000' });
  }
  refuse('incident list', issues);
}

export function checkRole(role: Role): void {
  const issues: Issue[] = [];
  oneOf(issues, 'role', role, ROLES);
  refuse('user', issues);
}
