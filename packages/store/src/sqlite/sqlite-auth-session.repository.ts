import type { AuthSession, SessionRepository } from '@corroborate/core';
import { SESSION_COLUMNS, toSession } from '../shared/account-row.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

/** Sign-in sessions in SQLite (not to be confused with SqliteSession, the connection gate). */
export class SqliteAuthSessionRepository implements SessionRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(s: Omit<AuthSession, 'createdAt'>): Promise<AuthSession> {
    const stored: AuthSession = { ...s, createdAt: this.deps.clock.now() };
    await this.session.run((c) => {
      try {
        c.run(
          `INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?)`,
          stored.idHash,
          stored.userId,
          stored.csrfHash,
          iso(stored.createdAt),
          iso(stored.expiresAt),
        );
      } catch (err) {
        throw mapSqliteError(err, `user ${s.userId}`);
      }
    });
    return stored;
  }

  async get(idHash: string): Promise<AuthSession | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id_hash = ?`, idHash),
    );
    return row ? toSession(row) : null;
  }

  async delete(idHash: string): Promise<void> {
    await this.session.run((c) => c.run('DELETE FROM sessions WHERE id_hash = ?', idHash));
  }

  async deleteForUser(userId: string): Promise<number> {
    return await this.session.run((c) => c.run('DELETE FROM sessions WHERE user_id = ?', userId).changes);
  }

  async deleteExpired(now: Date): Promise<number> {
    return await this.session.run(
      (c) => c.run('DELETE FROM sessions WHERE expires_at <= ?', iso(now)).changes,
    );
  }
}
