import type { Actor, Role } from '@corroborate/core';

/** Who sent a request, and how they proved it. */
export interface RequestActor extends Actor {
  username: string;
  via: 'session' | 'token';
  /** SHA-256 of the session's CSRF token (cookie sessions only). */
  csrfHash: string | null;
  /** The session id hash, to end it on sign-out (cookie sessions only). */
  sessionHash: string | null;
}

/** A route's lowest role, or `public` for the few that need no sign-in (health, sign-in). */
export type RouteRole = Role | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route declares it; one hook enforces it (see auth-hooks.ts). */
    role?: RouteRole;
  }
  interface FastifyRequest {
    /** Set by the auth hook on every non-public route; null on public ones. */
    actor: RequestActor | null;
  }
}
