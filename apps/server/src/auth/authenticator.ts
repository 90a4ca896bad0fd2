import { type Clock, type Hasher, type Store } from '@corroborate/core';
import type { RequestActor } from './request-actor';
import { API_TOKEN_PREFIX } from './secrets';

// Writing "last used" on every scripted request would turn reads into writes.
const TOUCH_EVERY_MS = 60_000;

export interface AuthenticatorDeps {
  store: Store;
  clock: Clock;
  hasher: Hasher;
}

/** Resolves API tokens and session cookies to the acting user; null when they prove nothing. */
export class Authenticator {
  constructor(private readonly deps: AuthenticatorDeps) {}

  async fromBearer(token: string): Promise<RequestActor | null> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
    const { store, clock, hasher } = this.deps;
    const record = await store.apiTokens.getByHash(hasher.sha256(token));
    if (!record || record.revokedAt !== null) return null;
    const user = await store.users.get(record.userId);
    if (!user || user.disabled) return null;
    const now = clock.now();
    if (record.lastUsedAt === null || now.getTime() - record.lastUsedAt.getTime() > TOUCH_EVERY_MS)
      await store.apiTokens.touch(record.id, now);
    return {
      id: user.id,
      role: user.role,
      username: user.username,
      via: 'token',
      csrfHash: null,
      sessionHash: null,
    };
  }

  async fromSessionCookie(sessionId: string): Promise<RequestActor | null> {
    if (sessionId.length > 200) return null;
    const { store, clock, hasher } = this.deps;
    const idHash = hasher.sha256(sessionId);
    const session = await store.sessions.get(idHash);
    if (!session) return null;
    if (session.expiresAt.getTime() <= clock.now().getTime()) {
      await store.sessions.delete(idHash);
      return null;
    }
    const user = await store.users.get(session.userId);
    if (!user || user.disabled) return null;
    return {
      id: user.id,
      role: user.role,
      username: user.username,
      via: 'session',
      csrfHash: session.csrfHash,
      sessionHash: idHash,
    };
  }
}
