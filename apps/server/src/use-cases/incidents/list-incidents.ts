import {
  DomainError,
  type ClaimEvent,
  type Grade,
  type Incident,
  type IncidentListQuery,
  type IncidentStatus,
  type Issue,
  type Page,
  type Repositories,
} from '@corroborate/core';

/** The list's query string, as the route receives it. */
export interface IncidentListParams {
  limit: number;
  cursor?: string;
  status?: IncidentStatus;
  grade?: Grade;
  kind?: ClaimEvent;
  lat?: number;
  lon?: number;
  km?: number;
  dateFrom?: string;
  dateTo?: string;
  q?: string;
}

/** A radius filter needs all of lat, lon and km; a date range must not run backwards. */
export const toListQuery = (p: IncidentListParams): IncidentListQuery => {
  const issues: Issue[] = [];
  const geo = [p.lat, p.lon, p.km];
  if (geo.some((v) => v !== undefined) && geo.some((v) => v === undefined))
    for (const [key, v] of [
      ['lat', p.lat],
      ['lon', p.lon],
      ['km', p.km],
    ] as const)
      if (v === undefined)
        issues.push({ path: ['querystring', key], message: 'needed with lat, lon and km' });
  if (p.dateFrom !== undefined && p.dateTo !== undefined && p.dateFrom > p.dateTo)
    issues.push({ path: ['querystring', 'dateTo'], message: 'is before dateFrom' });
  if (issues.length > 0)
    throw new DomainError('validation_failed', 'the incident filters are not valid', issues);
  const { lat, lon, km, q, ...rest } = p;
  return {
    ...rest,
    ...(lat !== undefined && lon !== undefined && km !== undefined ? { near: { lat, lon, km } } : {}),
    ...(q !== undefined ? { text: q } : {}),
  };
};

export const listIncidents = (repos: Repositories, p: IncidentListParams): Promise<Page<Incident>> =>
  repos.incidents.list(toListQuery(p));
