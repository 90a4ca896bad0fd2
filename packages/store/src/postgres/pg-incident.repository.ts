import {
  DomainError,
  notFound,
  type GradeHistoryEntry,
  type Incident,
  type IncidentCandidateQuery,
  type IncidentListQuery,
  type IncidentRepository,
  type NewIncident,
  type Page,
} from '@corroborate/core';
import { checkIncident } from '../shared/incident-checks';
import { incidentCandidatesQuery, incidentListQuery } from '../shared/incident-queries';
import { newIncidentRecord, updatedIncidentRecord } from '../shared/incident-record';
import { GRADE_COLUMNS, toGradeEntry } from '../shared/incident-records.mapper';
import {
  INCIDENT_COLUMNS,
  INCIDENT_WRITE_COLUMNS,
  incidentValues,
  timestamps,
  toIncident,
} from '../shared/incident-row.mapper';
import { encodeCursor } from '../shared/page-cursor';
import { iso, num } from '../shared/row-reader';
import { pgDialect } from '../shared/sql-dialect';
import type { StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

const placeholders = (from: number, count: number): string =>
  Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');

const N = INCIDENT_WRITE_COLUMNS.length;
const INSERT = `INSERT INTO incidents (id, ${INCIDENT_WRITE_COLUMNS.join(', ')}, created_at, updated_at)
  VALUES (${placeholders(1, N + 3)}) ON CONFLICT (id) DO NOTHING`;
const UPDATE = `UPDATE incidents SET ${INCIDENT_WRITE_COLUMNS.map((c, i) => `${c} = $${i + 1}`).join(', ')},
  updated_at = $${N + 1} WHERE id = $${N + 2}`;

/** Incidents and their grade history in PostgreSQL. */
export class PgIncidentRepository implements IncidentRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(n: NewIncident, opts: { id?: string } = {}): Promise<Incident> {
    const incident = newIncidentRecord(n, opts.id ?? this.deps.ids.next('inc'), this.deps.clock.now());
    checkIncident(incident);
    const r = await this.session.query(INSERT, [
      incident.id,
      ...incidentValues(incident),
      ...timestamps(incident),
    ]);
    if (r.rowCount === 0) throw new DomainError('conflict', `incident ${incident.id} already exists`);
    return incident;
  }

  async get(id: string): Promise<Incident | null> {
    const { rows } = await this.session.query(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toIncident(rows[0]) : null;
  }

  async getForUpdate(id: string): Promise<Incident | null> {
    const { rows } = await this.session.query(
      `SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? toIncident(rows[0]) : null;
  }

  async update(i: Incident): Promise<Incident> {
    const incident = updatedIncidentRecord(i, this.deps.clock.now());
    checkIncident(incident);
    const r = await this.session.query(UPDATE, [
      ...incidentValues(incident),
      iso(incident.updatedAt),
      incident.id,
    ]);
    if (r.rowCount === 0) throw notFound('incident', i.id);
    return incident;
  }

  async markMerged(id: string, intoId: string): Promise<void> {
    let changed: number;
    try {
      const r = await this.session.query(
        'UPDATE incidents SET merged_into_id = $1, updated_at = $2 WHERE id = $3',
        [intoId, iso(this.deps.clock.now()), id],
      );
      changed = r.rowCount;
    } catch (err) {
      throw mapPgError(err, `incident ${intoId}`);
    }
    if (changed === 0) throw notFound('incident', id);
  }

  async list(q: IncidentListQuery): Promise<Page<Incident>> {
    const { sql, params } = incidentListQuery(q, pgDialect);
    const { rows } = await this.session.query(sql, params);
    const items = rows.slice(0, q.limit).map(toIncident);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  async candidates(q: IncidentCandidateQuery): Promise<Incident[]> {
    const built = incidentCandidatesQuery(q, pgDialect);
    if (built === null) return [];
    const { rows } = await this.session.query(built.sql, built.params);
    return rows.map(toIncident);
  }

  async addGradeChange(e: Omit<GradeHistoryEntry, 'id' | 'at'>): Promise<GradeHistoryEntry> {
    const entry: GradeHistoryEntry = { ...e, id: this.deps.ids.next('grd'), at: this.deps.clock.now() };
    try {
      await this.session.query(
        `INSERT INTO incident_grades (${GRADE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          entry.id,
          entry.incidentId,
          entry.grade,
          entry.reason,
          entry.previousGrade,
          entry.actorId,
          iso(entry.at),
        ],
      );
    } catch (err) {
      throw mapPgError(err, `incident ${e.incidentId}`);
    }
    return entry;
  }

  async gradeHistory(incidentId: string): Promise<GradeHistoryEntry[]> {
    const { rows } = await this.session.query(
      `SELECT ${GRADE_COLUMNS} FROM incident_grades WHERE incident_id = $1 ORDER BY at, id`,
      [incidentId],
    );
    return rows.map(toGradeEntry);
  }

  async count(): Promise<number> {
    const { rows } = await this.session.query(
      'SELECT count(*) AS n FROM incidents WHERE merged_into_id IS NULL',
    );
    return rows[0] ? num(rows[0], 'n') : 0;
  }
}
