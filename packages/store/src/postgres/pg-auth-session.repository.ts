import type { AuthSession, SessionRepository } from '@corroborate/core';
import { SESSION_COLUMNS, toSession } from '../shared/account-row.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

/** Sign-in sessions in PostgreSQL (not to be confused with PgSession, the connection). */
export class PgAuthSessionRepository implements SessionRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(s: Omit<AuthSession, 'createdAt'>): Promise<AuthSession> {
    const stored: AuthSession = { ...s, createdAt: this.deps.clock.now() };
    try {
      await this.session.query(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5)`, [
        stored.idHash,
        stored.userId,
        stored.csrfHash,
        iso(stored.createdAt),
        iso(stored.expiresAt),
      ]);
    } catch (err) {
      throw mapPgError(err, `user ${s.userId}`);
    }
    return stored;
  }

  async get(idHash: string): Promise<AuthSession | null> {
    const { rows } = await this.session.query(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id_hash = $1`, [
      idHash,
    ]);
    return rows[0] ? toSession(rows[0]) : null;
  }

  async delete(idHash: string): Promise<void> {
    await this.session.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteForUser(userId: string): Promise<number> {
    return (await this.session.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount;
  }

  async deleteExpired(now: Date): Promise<number> {
    return (await this.session.query('DELETE FROM sessions WHERE expires_at <= $1', [iso(now)])).rowCount;
  }
}
