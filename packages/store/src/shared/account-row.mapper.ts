import type { ApiToken, AuthSession, NewUser, Role, UserAccount, UserCredentials } from '@corroborate/core';
import { date, dateOrNull, num, str, strOrNull, type Row } from './row-reader';

// SQLite has no boolean type: 0/1 there, true/false in PostgreSQL.
const bool = (row: Row, column: string): boolean => row[column] === true || row[column] === 1;

export const USER_COLUMNS = 'id, username, display_name, email, role, totp_enabled, disabled, created_at';

export const toUser = (row: Row): UserAccount => ({
  id: str(row, 'id'),
  username: str(row, 'username'),
  displayName: str(row, 'display_name'),
  email: strOrNull(row, 'email'),
  role: str(row, 'role') as Role,
  totpEnabled: bool(row, 'totp_enabled'),
  disabled: bool(row, 'disabled'),
  createdAt: date(row, 'created_at'),
});

export const CREDENTIAL_COLUMNS = 'id, password_hash, totp_secret, totp_enabled, totp_last_step';

export const toCredentials = (row: Row): UserCredentials => ({
  userId: str(row, 'id'),
  passwordHash: str(row, 'password_hash'),
  totpSecret: strOrNull(row, 'totp_secret'),
  totpEnabled: bool(row, 'totp_enabled'),
  totpLastStep: row.totp_last_step == null ? null : num(row, 'totp_last_step'),
});

/** The key user names are unique by. */
/** The account a new user starts as: no second factor, enabled. */
export const newUserAccount = (u: NewUser, id: string, now: Date): UserAccount => ({
  id,
  username: u.username,
  displayName: u.displayName.trim(),
  email: u.email,
  role: u.role,
  totpEnabled: false,
  disabled: false,
  createdAt: now,
});

export const usernameKey = (username: string): string => username.trim().toLowerCase();

export const SESSION_COLUMNS = 'id_hash, user_id, csrf_hash, created_at, expires_at';

export const toSession = (row: Row): AuthSession => ({
  idHash: str(row, 'id_hash'),
  userId: str(row, 'user_id'),
  csrfHash: str(row, 'csrf_hash'),
  createdAt: date(row, 'created_at'),
  expiresAt: date(row, 'expires_at'),
});

export const TOKEN_COLUMNS = 'id, user_id, name, token_hash, created_at, last_used_at, revoked_at';

export const toApiToken = (row: Row): ApiToken => ({
  id: str(row, 'id'),
  userId: str(row, 'user_id'),
  name: str(row, 'name'),
  tokenHash: str(row, 'token_hash'),
  createdAt: date(row, 'created_at'),
  lastUsedAt: dateOrNull(row, 'last_used_at'),
  revokedAt: dateOrNull(row, 'revoked_at'),
});
