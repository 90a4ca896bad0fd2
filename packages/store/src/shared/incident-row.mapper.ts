import {
  normaliseName,
  type ClaimEvent,
  type DatePrecision,
  type Grade,
  type Incident,
  type IncidentPlace,
  type IncidentStatus,
  type PlacePrecision,
  type VictimType,
} from '@corroborate/core';
import { date, json, num, str, strOrNull, iso, type Row } from './row-reader';

/** Columns read back for an Incident, in both engines. */
export const INCIDENT_COLUMNS = `id, title, place_name, place_geoname_id, place_country, place_admin1, place_lat, place_lon,
  place_precision, date_from, date_to, date_precision, event_kinds, perpetrators, victim_types, status, grade,
  grade_reason, assignee_ids, merged_into_id, created_at, updated_at`;

/** The written columns, in the order of `incidentValues`. */
export const INCIDENT_WRITE_COLUMNS = [
  'title',
  'place_name',
  'place_geoname_id',
  'place_country',
  'place_admin1',
  'place_lat',
  'place_lon',
  'place_precision',
  'date_from',
  'date_to',
  'date_precision',
  'event_kinds',
  'perpetrators',
  'victim_types',
  'status',
  'grade',
  'grade_reason',
  'assignee_ids',
  'search_text',
] as const;

const numOrNull = (row: Row, column: string): number | null =>
  row[column] == null ? null : num(row, column);

const toPlace = (row: Row): IncidentPlace | null =>
  row.place_name == null
    ? null
    : {
        name: str(row, 'place_name'),
        geonameId: numOrNull(row, 'place_geoname_id'),
        country: strOrNull(row, 'place_country'),
        admin1: strOrNull(row, 'place_admin1'),
        lat: numOrNull(row, 'place_lat'),
        lon: numOrNull(row, 'place_lon'),
        precision: (strOrNull(row, 'place_precision') ?? 'locality') as PlacePrecision,
      };

export const toIncident = (row: Row): Incident => ({
  id: str(row, 'id'),
  title: str(row, 'title'),
  place: toPlace(row),
  dateFrom: strOrNull(row, 'date_from'),
  dateTo: strOrNull(row, 'date_to'),
  datePrecision: strOrNull(row, 'date_precision') as DatePrecision | null,
  eventKinds: json(row, 'event_kinds') as ClaimEvent[],
  perpetrators: json(row, 'perpetrators') as string[],
  victimTypes: json(row, 'victim_types') as VictimType[],
  status: str(row, 'status') as IncidentStatus,
  grade: strOrNull(row, 'grade') as Grade | null,
  gradeReason: strOrNull(row, 'grade_reason'),
  assigneeIds: json(row, 'assignee_ids') as string[],
  mergedIntoId: strOrNull(row, 'merged_into_id'),
  createdAt: date(row, 'created_at'),
  updatedAt: date(row, 'updated_at'),
});

/** What the text filter searches: title and place name, folded like names are everywhere else. */
export const incidentSearchText = (i: Pick<Incident, 'title' | 'place'>): string =>
  normaliseName(`${i.title} ${i.place?.name ?? ''}`);

/** Values for INCIDENT_WRITE_COLUMNS. */
export const incidentValues = (i: Incident): unknown[] => [
  i.title,
  i.place?.name ?? null,
  i.place?.geonameId ?? null,
  i.place?.country ?? null,
  i.place?.admin1 ?? null,
  i.place?.lat ?? null,
  i.place?.lon ?? null,
  i.place?.precision ?? null,
  i.dateFrom,
  i.dateTo,
  i.datePrecision,
  JSON.stringify(i.eventKinds),
  JSON.stringify(i.perpetrators),
  JSON.stringify(i.victimTypes),
  i.status,
  i.grade,
  i.gradeReason,
  JSON.stringify(i.assigneeIds),
  incidentSearchText(i),
];

export const timestamps = (i: Incident): [string, string] => [iso(i.createdAt), iso(i.updatedAt)];
