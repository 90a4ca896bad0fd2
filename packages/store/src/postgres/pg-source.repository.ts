import { notFound, type NewSource, type Source, type SourceRepository } from '@corroborate/core';
import { checkNewSource } from '../shared/input-checks';
import { iso } from '../shared/row-reader';
import { SOURCE_COLUMNS, toSource } from '../shared/source-row.mapper';
import type { StoreDeps } from '../shared/store-deps';
import type { PgSession } from './pg-session';

/** Sources in PostgreSQL, unique by exact name. */
export class PgSourceRepository implements SourceRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  /** An existing source is returned as stored; kind and url of the argument are then ignored. */
  async upsertByName(source: NewSource): Promise<Source> {
    checkNewSource(source);
    await this.session.query(
      `INSERT INTO sources (id, name, kind, url, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING`,
      [this.deps.ids.next('src'), source.name, source.kind, source.url, iso(this.deps.clock.now())],
    );
    const { rows } = await this.session.query(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE name = $1`, [
      source.name,
    ]);
    if (!rows[0]) throw notFound('source', source.name);
    return toSource(rows[0]);
  }

  async get(id: string): Promise<Source | null> {
    const { rows } = await this.session.query(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = $1`, [id]);
    return rows[0] ? toSource(rows[0]) : null;
  }

  /** By name. */
  async list(): Promise<Source[]> {
    // COLLATE "C": the same byte order as SQLite's default, whatever the database locale.
    const { rows } = await this.session.query(
      `SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY name COLLATE "C", id`,
    );
    return rows.map(toSource);
  }
}
