import type { Role, User } from './user';

/** A user as the system keeps them: the profile plus whether they may sign in and use a second factor. */
export interface UserAccount extends User {
  disabled: boolean;
  /** True once a TOTP secret has been enrolled and confirmed with a valid code. */
  totpEnabled: boolean;
}

/** What signing in checks; never leaves the server. */
export interface UserCredentials {
  userId: string;
  /** argon2id PHC string. */
  passwordHash: string;
  /** Base32 TOTP secret, pending until `totpEnabled`; null when none was enrolled. */
  totpSecret: string | null;
  totpEnabled: boolean;
  /** Last TOTP time step accepted, so one code cannot be replayed. */
  totpLastStep: number | null;
}

export interface NewUser {
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  passwordHash: string;
}

/** A signed-in browser session; the cookie holds a random id, the store only its SHA-256. */
export interface AuthSession {
  idHash: string;
  userId: string;
  /** SHA-256 of the CSRF token handed to this session. */
  csrfHash: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A long-lived token for scripts (`Authorization: Bearer …`); only its SHA-256 is stored. */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}
