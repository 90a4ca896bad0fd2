import { DomainError, type Clock, type Hasher, type Store, type UserAccount } from '@corroborate/core';
import type { LoginLimiter } from '../../auth/login-limiter';
import type { PasswordHasher } from '../../auth/passwords';
import { randomSecret } from '../../auth/secrets';
import { verifyTotp } from '../../auth/totp';

export interface SignInDeps {
  store: Store;
  clock: Clock;
  hasher: Hasher;
  passwords: PasswordHasher;
  limiter: LoginLimiter;
  sessionTtlMs: number;
}

export interface SignInRequest {
  username: string;
  password: string;
  totp?: string;
  /** The client's address, for the rate limit. */
  address: string;
}

/** A new session: the raw id and CSRF token go to the client once; the store keeps their hashes. */
export interface SignedIn {
  user: UserAccount;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A refusal that says when to try again (HTTP 429 with Retry-After). */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `too many failed sign-ins: try again in ${retryAfterSeconds} s`);
  }
}

// Verifying against a fixed hash when the user does not exist keeps the answer time the same,
// so response times do not tell which user names exist.
let dummyHash: Promise<string> | null = null;

const refused = (): DomainError => new DomainError('unauthenticated', 'wrong user name, password or code');

/**
 * Checks password (argon2id) and, when enrolled, a TOTP code (each code once), then opens a session.
 * Failures are counted per user name and address; past the limit every attempt is refused (429).
 */
export const signIn = async (deps: SignInDeps, r: SignInRequest): Promise<SignedIn> => {
  const wait = deps.limiter.retryAfterMs(r.username, r.address);
  if (wait > 0) throw new RateLimitedError(Math.ceil(wait / 1000));
  const fail = (): DomainError => {
    deps.limiter.recordFailure(r.username, r.address);
    return refused();
  };
  const user = await deps.store.users.getByUsername(r.username);
  const credentials = user ? await deps.store.users.getCredentials(user.id) : null;
  if (!user || !credentials) {
    dummyHash ??= deps.passwords.hash(randomSecret());
    await deps.passwords.verify(await dummyHash, r.password);
    throw fail();
  }
  if (!(await deps.passwords.verify(credentials.passwordHash, r.password)) || user.disabled) throw fail();
  if (credentials.totpEnabled) {
    if (r.totp === undefined)
      throw new DomainError('unauthenticated', 'this account needs a TOTP code', [
        { path: ['totp'], message: 'required' },
      ]);
    const step = verifyTotp(credentials.totpSecret ?? '', r.totp, deps.clock.now());
    if (step === null || !(await deps.store.users.useTotpStep(user.id, step))) throw fail();
  }
  deps.limiter.recordSuccess(r.username);
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlMs);
  await deps.store.sessions.deleteExpired(now);
  await deps.store.sessions.create({
    idHash: deps.hasher.sha256(sessionId),
    userId: user.id,
    csrfHash: deps.hasher.sha256(csrfToken),
    expiresAt,
  });
  return { user, sessionId, csrfToken, expiresAt };
};
