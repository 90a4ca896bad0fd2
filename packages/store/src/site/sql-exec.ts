import { DomainError } from '@corroborate/core';
import type { PgSession } from '../postgres/pg-session';
import type { Row } from '../shared/row-reader';
import type { SqliteSession } from '../sqlite/sqlite-session';

/** One way to run SQL on either engine: queries are written with `?` and numbered for PostgreSQL. */
export interface SqlExec {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Returns how many rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);
const FK_CODES = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503']);

const codeOf = (err: unknown): string | undefined =>
  err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

// Constraint failures become domain errors; the caller's `what` names the input.
const mapped = (err: unknown): unknown => {
  const code = codeOf(err);
  if (code !== undefined && UNIQUE_CODES.has(code))
    return new DomainError('conflict', 'a row with the same key already exists');
  if (code !== undefined && FK_CODES.has(code))
    return new DomainError('not_found', 'the referenced assessment does not exist');
  return err;
};

/** `?` → `$1, $2 …` (our site queries hold no literal question marks). */
export const numberPlaceholders = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export const sqliteExec = (session: SqliteSession): SqlExec => ({
  all: (sql, params = []) => session.run((c) => c.all(sql, ...params)),
  run: (sql, params = []) =>
    session.run((c) => {
      try {
        return c.run(sql, ...params).changes;
      } catch (err) {
        throw mapped(err);
      }
    }),
});

export const pgExec = (session: PgSession): SqlExec => ({
  all: async (sql, params = []) => (await session.query(numberPlaceholders(sql), params)).rows,
  run: async (sql, params = []) => {
    try {
      return (await session.query(numberPlaceholders(sql), params)).rowCount;
    } catch (err) {
      throw mapped(err);
    }
  },
});
