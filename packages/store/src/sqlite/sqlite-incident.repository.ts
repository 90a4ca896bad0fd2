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
import { sqliteDialect } from '../shared/sql-dialect';
import type { StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

const INSERT = `INSERT INTO incidents (id, ${INCIDENT_WRITE_COLUMNS.join(', ')}, created_at, updated_at)
  VALUES (${Array(INCIDENT_WRITE_COLUMNS.length + 3)
    .fill('?')
    .join(', ')})`;
const UPDATE = `UPDATE incidents SET ${INCIDENT_WRITE_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ?
  WHERE id = ?`;

/** Incidents and their grade history in SQLite. */
export class SqliteIncidentRepository implements IncidentRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(n: NewIncident, opts: { id?: string } = {}): Promise<Incident> {
    const incident = newIncidentRecord(n, opts.id ?? this.deps.ids.next('inc'), this.deps.clock.now());
    checkIncident(incident);
    await this.session.run((c) => {
      if (c.get('SELECT 1 FROM incidents WHERE id = ?', incident.id))
        throw new DomainError('conflict', `incident ${incident.id} already exists`);
      c.run(INSERT, incident.id, ...incidentValues(incident), ...timestamps(incident));
    });
    return incident;
  }

  async get(id: string): Promise<Incident | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id = ?`, id),
    );
    return row ? toIncident(row) : null;
  }

  /** SQLite transactions run one at a time (BEGIN IMMEDIATE), so a plain read already holds. */
  getForUpdate(id: string): Promise<Incident | null> {
    return this.get(id);
  }

  async update(i: Incident): Promise<Incident> {
    const incident = updatedIncidentRecord(i, this.deps.clock.now());
    checkIncident(incident);
    const changes = await this.session.run(
      (c) => c.run(UPDATE, ...incidentValues(incident), iso(incident.updatedAt), incident.id).changes,
    );
    if (changes === 0) throw notFound('incident', i.id);
    return incident;
  }

  async markMerged(id: string, intoId: string): Promise<void> {
    const now = iso(this.deps.clock.now());
    const changes = await this.session.run((c) => {
      try {
        return c.run('UPDATE incidents SET merged_into_id = ?, updated_at = ? WHERE id = ?', intoId, now, id)
          .changes;
      } catch (err) {
        throw mapSqliteError(err, `incident ${intoId}`);
      }
    });
    if (changes === 0) throw notFound('incident', id);
  }

  async list(q: IncidentListQuery): Promise<Page<Incident>> {
    const { sql, params } = incidentListQuery(q, sqliteDialect);
    const rows = await this.session.run((c) => c.all(sql, ...params));
    const items = rows.slice(0, q.limit).map(toIncident);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  async candidates(q: IncidentCandidateQuery): Promise<Incident[]> {
    const built = incidentCandidatesQuery(q, sqliteDialect);
    if (built === null) return [];
    const rows = await this.session.run((c) => c.all(built.sql, ...built.params));
    return rows.map(toIncident);
  }

  async addGradeChange(e: Omit<GradeHistoryEntry, 'id' | 'at'>): Promise<GradeHistoryEntry> {
    const entry: GradeHistoryEntry = { ...e, id: this.deps.ids.next('grd'), at: this.deps.clock.now() };
    await this.session.run((c) => {
      if (!c.get('SELECT 1 FROM incidents WHERE id = ?', e.incidentId))
        throw notFound('incident', e.incidentId);
      c.run(
        `INSERT INTO incident_grades (${GRADE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        entry.id,
        entry.incidentId,
        entry.grade,
        entry.reason,
        entry.previousGrade,
        entry.actorId,
        iso(entry.at),
      );
    });
    return entry;
  }

  async gradeHistory(incidentId: string): Promise<GradeHistoryEntry[]> {
    const rows = await this.session.run((c) =>
      c.all(`SELECT ${GRADE_COLUMNS} FROM incident_grades WHERE incident_id = ? ORDER BY at, id`, incidentId),
    );
    return rows.map(toGradeEntry);
  }

  async count(): Promise<number> {
    const row = await this.session.run((c) =>
      c.get('SELECT count(*) AS n FROM incidents WHERE merged_into_id IS NULL'),
    );
    return row ? num(row, 'n') : 0;
  }
}
