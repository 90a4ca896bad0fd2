import { normaliseName, type IncidentCandidateQuery, type IncidentListQuery } from '@corroborate/core';
import { boundingBox, haversineSql } from './geo-box';
import { INCIDENT_COLUMNS } from './incident-row.mapper';
import { checkIncidentListQuery } from './incident-checks';
import { decodeCursor } from './page-cursor';
import { iso } from './row-reader';
import { containsPattern, SqlParams, type SqlDialect } from './sql-dialect';

export interface BuiltQuery {
  sql: string;
  params: unknown[];
}

const LIVE = 'merged_into_id IS NULL';

/** The SELECT for one page of incidents (one row more than the limit, to know if a next page exists). */
export const incidentListQuery = (q: IncidentListQuery, d: SqlDialect): BuiltQuery => {
  checkIncidentListQuery(q);
  const p = new SqlParams(d);
  const where = [LIVE];
  if (q.status !== undefined) where.push(`status = ${p.add(q.status)}`);
  if (q.grade !== undefined) where.push(`grade = ${p.add(q.grade)}`);
  if (q.kind !== undefined) where.push(d.jsonArrayHas('event_kinds', p.add(q.kind)));
  if (q.dateFrom !== undefined) where.push(`date_to >= ${d.day(p.add(q.dateFrom))}`);
  if (q.dateTo !== undefined) where.push(`date_from <= ${d.day(p.add(q.dateTo))}`);
  // Every word must appear, in any order.
  for (const word of normaliseName(q.text ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8))
    where.push(`search_text LIKE ${p.add(containsPattern(word))} ESCAPE '\\'`);
  if (q.near !== undefined) {
    const { lat, lon, km } = q.near;
    const box = boundingBox(lat, lon, km);
    where.push(`place_lat BETWEEN ${p.add(box.minLat)} AND ${p.add(box.maxLat)}`);
    if (box.lon !== null) where.push(`place_lon BETWEEN ${p.add(box.lon.min)} AND ${p.add(box.lon.max)}`);
    where.push(
      `${haversineSql(
        (a, b) => d.least(a, b),
        (v) => p.add(v),
        lat,
        lon,
      )} <= ${p.add(km)}`,
    );
  }
  if (q.cursor) {
    const pos = decodeCursor(q.cursor);
    where.push(`(created_at, id) < (${d.instant(p.add(iso(pos.createdAt)))}, ${p.add(pos.id)})`);
  }
  const limit = p.add(q.limit + 1);
  return {
    sql: `SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE ${where.join(' AND ')}
      ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    params: p.values,
  };
};

/** The SELECT for incidents matching any hint of a candidate query; none when there is no hint. */
export const incidentCandidatesQuery = (q: IncidentCandidateQuery, d: SqlDialect): BuiltQuery | null => {
  const p = new SqlParams(d);
  const any: string[] = [];
  if (q.dateFrom != null && q.dateTo != null)
    any.push(`(date_to >= ${d.day(p.add(q.dateFrom))} AND date_from <= ${d.day(p.add(q.dateTo))})`);
  if (q.box != null)
    any.push(
      `(place_lat BETWEEN ${p.add(q.box.minLat)} AND ${p.add(q.box.maxLat)} AND place_lon BETWEEN ${p.add(q.box.minLon)} AND ${p.add(q.box.maxLon)})`,
    );
  if (q.region != null)
    any.push(
      q.region.admin1 === null
        ? `place_country = ${p.add(q.region.country)}`
        : `(place_country = ${p.add(q.region.country)} AND place_admin1 = ${p.add(q.region.admin1)})`,
    );
  if (any.length === 0) return null;
  const limit = p.add(q.limit);
  return {
    sql: `SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE ${LIVE} AND (${any.join(' OR ')})
      ORDER BY updated_at DESC, id DESC LIMIT ${limit}`,
    params: p.values,
  };
};
