import type { NewSource, Source, SourceRepository } from '@corroborate/core';
import { checkNewSource } from '../shared/input-checks';
import { iso } from '../shared/row-reader';
import { SOURCE_COLUMNS, toSource } from '../shared/source-row.mapper';
import type { StoreDeps } from '../shared/store-deps';
import type { SqliteSession } from './sqlite-session';

/** Sources in SQLite, unique by exact name. */
export class SqliteSourceRepository implements SourceRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  /** An existing source is returned as stored; kind and url of the argument are then ignored. */
  async upsertByName(source: NewSource): Promise<Source> {
    checkNewSource(source);
    return await this.session.run((c) => {
      c.run(
        `INSERT INTO sources (id, name, kind, url, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
        this.deps.ids.next('src'),
        source.name,
        source.kind,
        source.url,
        iso(this.deps.clock.now()),
      );
      return toSource(c.get(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE name = ?`, source.name) ?? {});
    });
  }

  async get(id: string): Promise<Source | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ?`, id),
    );
    return row ? toSource(row) : null;
  }

  /** By name. */
  async list(): Promise<Source[]> {
    const rows = await this.session.run((c) =>
      c.all(`SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY name, id`),
    );
    return rows.map(toSource);
  }
}
