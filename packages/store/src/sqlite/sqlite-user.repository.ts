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
import type { SqliteSession } from './sqlite-session';

/** User accounts in SQLite. */
export class SqliteUserRepository implements UserRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(u: NewUser): Promise<UserAccount> {
    checkNewUser(u);
    const now = this.deps.clock.now();
    const user = newUserAccount(u, this.deps.ids.next('usr'), now);
    await this.session.run((c) => {
      if (c.get('SELECT 1 FROM users WHERE username_key = ?', usernameKey(u.username)))
        throw new DomainError('conflict', `user name ${u.username} is taken`);
      c.run(
        `INSERT INTO users (id, username, username_key, display_name, email, role, password_hash, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        user.id,
        user.username,
        usernameKey(user.username),
        user.displayName,
        user.email,
        user.role,
        u.passwordHash,
        iso(now),
        iso(now),
      );
    });
    return user;
  }

  async get(id: string): Promise<UserAccount | null> {
    const row = await this.session.run((c) => c.get(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, id));
    return row ? toUser(row) : null;
  }

  async getByUsername(username: string): Promise<UserAccount | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${USER_COLUMNS} FROM users WHERE username_key = ?`, usernameKey(username)),
    );
    return row ? toUser(row) : null;
  }

  async findByUsernames(usernames: readonly string[]): Promise<UserAccount[]> {
    if (usernames.length === 0) return [];
    const keys = [...new Set(usernames.map(usernameKey))];
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${USER_COLUMNS} FROM users WHERE username_key IN (SELECT value FROM json_each(?)) ORDER BY username_key`,
        JSON.stringify(keys),
      ),
    );
    return rows.map(toUser);
  }

  async list(): Promise<UserAccount[]> {
    const rows = await this.session.run((c) =>
      c.all(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, id`),
    );
    return rows.map(toUser);
  }

  async count(): Promise<number> {
    const row = await this.session.run((c) => c.get('SELECT count(*) AS n FROM users'));
    return row ? num(row, 'n') : 0;
  }

  async getCredentials(userId: string): Promise<UserCredentials | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${CREDENTIAL_COLUMNS} FROM users WHERE id = ?`, userId),
    );
    return row ? toCredentials(row) : null;
  }

  async setRole(id: string, role: Role): Promise<UserAccount> {
    checkRole(role);
    return this.change(id, 'role = ?', role);
  }

  async setDisabled(id: string, disabled: boolean): Promise<UserAccount> {
    return this.change(id, 'disabled = ?', disabled ? 1 : 0);
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.change(id, 'password_hash = ?', passwordHash);
  }

  async setTotp(id: string, secret: string | null, enabled: boolean): Promise<void> {
    await this.change(
      id,
      'totp_secret = ?, totp_enabled = ?, totp_last_step = NULL',
      secret,
      enabled ? 1 : 0,
    );
  }

  async useTotpStep(id: string, step: number): Promise<boolean> {
    const changes = await this.session.run(
      (c) =>
        c.run(
          'UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)',
          step,
          id,
          step,
        ).changes,
    );
    return changes === 1;
  }

  private async change(id: string, set: string, ...values: unknown[]): Promise<UserAccount> {
    const row = await this.session.run((c) => {
      c.run(
        `UPDATE users SET ${set}, updated_at = ? WHERE id = ?`,
        ...values,
        iso(this.deps.clock.now()),
        id,
      );
      return c.get(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, id);
    });
    if (!row) throw notFound('user', id);
    return toUser(row);
  }
}
