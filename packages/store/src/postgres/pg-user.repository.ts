import {
  DomainError,
  notFound,
  type NewUser,
  type Role,
  type UserAccount,
  type UserCredentials,
  type UserRepository,
} from '@corroborate/core';
import { checkNewUser } from '../shared/account-checks';
import {
  CREDENTIAL_COLUMNS,
  newUserAccount,
  toCredentials,
  toUser,
  USER_COLUMNS,
  usernameKey,
} from '../shared/account-row.mapper';
import { checkRole } from '../shared/incident-checks';
import { iso, num } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import type { PgSession } from './pg-session';

/** User accounts in PostgreSQL. */
export class PgUserRepository implements UserRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(u: NewUser): Promise<UserAccount> {
    checkNewUser(u);
    const now = this.deps.clock.now();
    const user = newUserAccount(u, this.deps.ids.next('usr'), now);
    const r = await this.session.query(
      `INSERT INTO users (id, username, username_key, display_name, email, role, password_hash, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (username_key) DO NOTHING`,
      [
        user.id,
        user.username,
        usernameKey(user.username),
        user.displayName,
        user.email,
        user.role,
        u.passwordHash,
        iso(now),
      ],
    );
    if (r.rowCount === 0) throw new DomainError('conflict', `user name ${u.username} is taken`);
    return user;
  }

  async get(id: string): Promise<UserAccount | null> {
    const { rows } = await this.session.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async getByUsername(username: string): Promise<UserAccount | null> {
    const { rows } = await this.session.query(`SELECT ${USER_COLUMNS} FROM users WHERE username_key = $1`, [
      usernameKey(username),
    ]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async findByUsernames(usernames: readonly string[]): Promise<UserAccount[]> {
    if (usernames.length === 0) return [];
    const keys = [...new Set(usernames.map(usernameKey))];
    const { rows } = await this.session.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE username_key = ANY($1::text[]) ORDER BY username_key`,
      [keys],
    );
    return rows.map(toUser);
  }

  async list(): Promise<UserAccount[]> {
    const { rows } = await this.session.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, id`);
    return rows.map(toUser);
  }

  async count(): Promise<number> {
    const { rows } = await this.session.query('SELECT count(*) AS n FROM users');
    return rows[0] ? num(rows[0], 'n') : 0;
  }

  async getCredentials(userId: string): Promise<UserCredentials | null> {
    const { rows } = await this.session.query(`SELECT ${CREDENTIAL_COLUMNS} FROM users WHERE id = $1`, [
      userId,
    ]);
    return rows[0] ? toCredentials(rows[0]) : null;
  }

  async setRole(id: string, role: Role): Promise<UserAccount> {
    checkRole(role);
    return this.change(id, 'role = $3', role);
  }

  async setDisabled(id: string, disabled: boolean): Promise<UserAccount> {
    return this.change(id, 'disabled = $3', disabled);
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.change(id, 'password_hash = $3', passwordHash);
  }

  async setTotp(id: string, secret: string | null, enabled: boolean): Promise<void> {
    await this.change(id, 'totp_secret = $3, totp_enabled = $4, totp_last_step = NULL', secret, enabled);
  }

  async useTotpStep(id: string, step: number): Promise<boolean> {
    const r = await this.session.query(
      'UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)',
      [step, id],
    );
    return r.rowCount === 1;
  }

  private async change(id: string, set: string, ...values: unknown[]): Promise<UserAccount> {
    const { rows } = await this.session.query(
      `UPDATE users SET ${set}, updated_at = $2 WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [id, iso(this.deps.clock.now()), ...values],
    );
    if (!rows[0]) throw notFound('user', id);
    return toUser(rows[0]);
  }
}
