import type { ApiToken, AuthSession, NewUser, UserAccount, UserCredentials } from '../domain/account';
import type { Role } from '../domain/user';

export interface UserRepository {
  /** @throws DomainError('conflict') when the user name is taken (compared case-insensitively). */
  create(user: NewUser): Promise<UserAccount>;
  get(id: string): Promise<UserAccount | null>;
  /** Case-insensitive. */
  getByUsername(username: string): Promise<UserAccount | null>;
  /** Accounts whose user names (case-insensitive) are in the list; unknown names are left out. */
  findByUsernames(usernames: readonly string[]): Promise<UserAccount[]>;
  /** Oldest first. */
  list(): Promise<UserAccount[]>;
  count(): Promise<number>;
  getCredentials(userId: string): Promise<UserCredentials | null>;
  /** @throws DomainError('not_found') */
  setRole(id: string, role: Role): Promise<UserAccount>;
  /** @throws DomainError('not_found') */
  setDisabled(id: string, disabled: boolean): Promise<UserAccount>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  /** Stores a (pending or confirmed) TOTP secret; null removes the second factor. */
  setTotp(id: string, secret: string | null, enabled: boolean): Promise<void>;
  /** Records a used TOTP step; false when it is not later than the last one (a replayed code). */
  useTotpStep(id: string, step: number): Promise<boolean>;
}

export interface SessionRepository {
  create(session: Omit<AuthSession, 'createdAt'>): Promise<AuthSession>;
  /** The session with this id hash, or null when unknown. Expiry is the caller's to check. */
  get(idHash: string): Promise<AuthSession | null>;
  delete(idHash: string): Promise<void>;
  /** Signs a user out everywhere (disabled, password changed). */
  deleteForUser(userId: string): Promise<number>;
  deleteExpired(now: Date): Promise<number>;
}

export interface ApiTokenRepository {
  create(token: Pick<ApiToken, 'userId' | 'name' | 'tokenHash'>): Promise<ApiToken>;
  get(id: string): Promise<ApiToken | null>;
  getByHash(tokenHash: string): Promise<ApiToken | null>;
  /** Newest first, revoked ones included. */
  listByUser(userId: string): Promise<ApiToken[]>;
  revoke(id: string): Promise<void>;
  touch(id: string, at: Date): Promise<void>;
}
