import { DomainError } from '@corroborate/core';
import type { Pool, PoolClient } from 'pg';
import { AsyncMutex } from '../shared/async-mutex';
import type { Row } from '../shared/row-reader';

export interface PgResult {
  rows: Row[];
  rowCount: number;
}

/** How repositories reach PostgreSQL: through the pool, or on one transaction's client. */
export interface PgSession {
  query(sql: string, params?: unknown[]): Promise<PgResult>;
  /** Runs fn atomically: in a new transaction, or in a savepoint of the open one. */
  atomic<T>(fn: (s: PgSession) => Promise<T>): Promise<T>;
}

interface TxState {
  active: boolean;
}

const run = async (client: Pool | PoolClient, sql: string, params?: unknown[]): Promise<PgResult> => {
  const r = await client.query<Row>(sql, params);
  return { rows: r.rows, rowCount: r.rowCount ?? 0 };
};

/** A session on a client already inside a transaction. */
export function clientSession(client: PoolClient, state: TxState): PgSession {
  // Atomic sections of one transaction must not interleave their statements.
  const mutex = new AsyncMutex();
  const inner: PgSession = {
    query: (sql, params) => (state.active ? run(client, sql, params) : Promise.reject(finished())),
    atomic: (fn) => fn(inner),
  };
  return {
    query: (sql, params) => inner.query(sql, params),
    atomic: (fn) =>
      mutex.run(async () => {
        if (!state.active) throw finished();
        await client.query('SAVEPOINT corroborate_atomic');
        try {
          const result = await fn(inner);
          await client.query('RELEASE SAVEPOINT corroborate_atomic');
          return result;
        } catch (err) {
          await client.query('ROLLBACK TO SAVEPOINT corroborate_atomic');
          throw err;
        }
      }),
  };
}

/** Checks a client out, runs fn between BEGIN and COMMIT (ROLLBACK if it throws), releases it. */
export async function withTransaction<T>(pool: Pool, fn: (s: PgSession) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const state: TxState = { active: true };
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await fn(clientSession(client, state));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // A client whose ROLLBACK fails is in an unknown state: drop it instead of reusing it.
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw err;
  } finally {
    state.active = false;
    client.release(broken);
  }
}

/** The session for calls outside any transaction: each query on any pooled connection. */
export const poolSession = (pool: Pool): PgSession => ({
  query: (sql, params) => run(pool, sql, params),
  atomic: (fn) => withTransaction(pool, fn),
});

const finished = (): DomainError =>
  new DomainError('internal', 'transaction already ended: its repositories can no longer be used');
