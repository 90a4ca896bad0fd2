import type { ClaimEvent, VictimType } from './claim';

export const PLACE_PRECISIONS = ['exact', 'near', 'locality', 'admin1', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted'] as const;
export type Grade = (typeof GRADES)[number];

export const INCIDENT_STATUSES = [
  'new',
  'in_progress',
  'needs_review',
  'verified',
  'published',
  'discounted',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface IncidentPlace {
  name: string;
  geonameId: number | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
}

/** One event on the ground that many reports describe. */
export interface Incident {
  id: string;
  title: string;
  place: IncidentPlace | null;
  dateFrom: string | null;
  dateTo: string | null;
  datePrecision: DatePrecision | null;
  eventKinds: ClaimEvent[];
  perpetrators: string[];
  victimTypes: VictimType[];
  status: IncidentStatus;
  grade: Grade | null;
  gradeReason: string | null;
  assigneeIds: string[];
  /** Set when this incident was merged into another; it then drops out of lists. */
  mergedIntoId?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewIncident = Pick<Incident, 'title'> &
  Partial<Omit<Incident, 'id' | 'title' | 'createdAt' | 'updatedAt'>>;
