import type { Incident, IncidentPlace, NewIncident } from '@corroborate/core';

const copyPlace = (p: IncidentPlace | null | undefined): IncidentPlace | null =>
  p == null
    ? null
    : {
        name: p.name,
        geonameId: p.geonameId,
        country: p.country,
        admin1: p.admin1,
        lat: p.lat,
        lon: p.lon,
        precision: p.precision,
      };

/** The Incident a NewIncident becomes when stored: defaults filled, only Incident fields copied. */
export const newIncidentRecord = (n: NewIncident, id: string, now: Date): Incident => ({
  id,
  title: n.title.trim(),
  place: copyPlace(n.place),
  dateFrom: n.dateFrom ?? null,
  dateTo: n.dateTo ?? null,
  datePrecision: n.datePrecision ?? null,
  eventKinds: [...(n.eventKinds ?? [])],
  perpetrators: [...(n.perpetrators ?? [])],
  victimTypes: [...(n.victimTypes ?? [])],
  status: n.status ?? 'new',
  grade: n.grade ?? null,
  gradeReason: n.gradeReason ?? null,
  assigneeIds: [...(n.assigneeIds ?? [])],
  mergedIntoId: null,
  createdAt: now,
  updatedAt: now,
});

/** The incident as written by an update: its own fields only, a fresh `updatedAt`. */
export const updatedIncidentRecord = (i: Incident, now: Date): Incident => ({
  ...newIncidentRecord(i, i.id, i.createdAt),
  mergedIntoId: i.mergedIntoId ?? null,
  updatedAt: now,
});
