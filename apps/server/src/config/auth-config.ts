import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../auth/login-limiter';

/** How sign-in behaves; every field has a safe default. */
export interface AuthConfig {
  /** `auto`: Secure cookies when the request came over https (set `trustProxy` behind a proxy). */
  cookieSecure: boolean | 'auto';
  /** A session ends this long after sign-in. */
  sessionTtlMs: number;
  loginLimits: LoginLimits;
  /** Shown in authenticator apps. */
  totpIssuer: string;
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  cookieSecure: 'auto',
  sessionTtlMs: 12 * 60 * 60_000,
  loginLimits: DEFAULT_LOGIN_LIMITS,
  totpIssuer: 'Corroborate',
};

export const SESSION_COOKIE = 'corroborate_session';
/** Readable by the page's scripts, which send it back in the CSRF header (double submit). */
export const CSRF_COOKIE = 'corroborate_csrf';
export const CSRF_HEADER = 'x-csrf-token';
