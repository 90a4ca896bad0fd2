import { AsyncLocalStorage } from 'node:async_hooks';
import { DomainError } from '@corroborate/core';
import { AsyncMutex } from '../shared/async-mutex';
import type { SqliteConnection } from './sqlite-connection';

/** How repositories reach the connection: serialised with transactions, or inside one. */
export interface SqliteSession {
  run<T>(fn: (conn: SqliteConnection) => T): Promise<T>;
}

interface TxState {
  active: boolean;
}

/**
 * Serialises all use of the single connection. A transaction holds the mutex across its awaits,
 * so statements from other callers wait instead of landing inside it (and being rolled back with
 * it). Calls on the store itself from inside a transaction would wait forever: they are refused.
 */
export class SqliteGate {
  private readonly mutex = new AsyncMutex();
  private readonly txContext = new AsyncLocalStorage<TxState>();

  constructor(private readonly conn: SqliteConnection) {}

  /** The session for calls outside any transaction. */
  readonly root: SqliteSession = {
    run: async <T>(fn: (conn: SqliteConnection) => T): Promise<T> => {
      this.refuseInsideTransaction();
      return this.mutex.run(() => fn(this.conn));
    },
  };

  /** Runs fn in BEGIN IMMEDIATE … COMMIT, rolling back if it throws. */
  async transaction<T>(fn: (session: SqliteSession) => Promise<T>): Promise<T> {
    this.refuseInsideTransaction();
    return this.mutex.run(async () => {
      const state: TxState = { active: true };
      const session: SqliteSession = {
        run: <R>(op: (conn: SqliteConnection) => R): Promise<R> =>
          new Promise<R>((resolve) => {
            if (!state.active) throw finished();
            resolve(op(this.conn));
          }),
      };
      this.conn.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await this.txContext.run(state, () => fn(session));
        this.conn.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.conn.db.inTransaction) this.conn.db.exec('ROLLBACK');
        throw err;
      } finally {
        state.active = false;
      }
    });
  }

  private refuseInsideTransaction(): void {
    if (this.txContext.getStore()?.active) {
      throw new DomainError(
        'internal',
        'store used directly inside store.transaction(): use the repositories passed to the callback',
      );
    }
  }
}

const finished = (): DomainError =>
  new DomainError('internal', 'transaction already ended: its repositories can no longer be used');
