import { DomainError, ROLES, roleAtLeast, type Hasher } from '@corroborate/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE } from '../config/auth-config';
import type { Authenticator } from './authenticator';
import type { RequestActor, RouteRole } from './request-actor';
import { sameDigest } from './secrets';

/** A registered route and the role it declared. */
export interface DeclaredRoute {
  method: string;
  url: string;
  role: RouteRole;
}

const ROUTE_ROLES: readonly string[] = ['public', ...ROLES];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Makes a role declaration compulsory: registering a route without `config.role` (or with an unknown
 * one) throws, so no route can be added that the guard would not check. Records each route.
 */
export const requireRouteRoles = (app: FastifyInstance, declared: DeclaredRoute[]): void => {
  app.addHook('onRoute', (route) => {
    const role = route.config?.role;
    const methods = [route.method].flat();
    if (role === undefined || !ROUTE_ROLES.includes(role))
      throw new Error(
        `route ${methods.join(',')} ${route.url} must declare config.role (${ROUTE_ROLES.join(', ')})`,
      );
    for (const method of methods) declared.push({ method, url: route.url, role });
  });
};

const bearerToken = (req: FastifyRequest): string | null | undefined => {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer (\S+)$/i.exec(header);
  return m?.[1] ?? null;
};

/** An API token when the request sends one (no cookie fallback), else the session cookie. */
const identify = async (req: FastifyRequest, auth: Authenticator): Promise<RequestActor | null> => {
  const token = bearerToken(req);
  if (token !== undefined) return token === null ? null : auth.fromBearer(token);
  const sessionId = req.cookies[SESSION_COOKIE];
  return sessionId === undefined ? null : auth.fromSessionCookie(sessionId);
};

/**
 * The one guard of every route, run before the body is read: 401 without a valid session or token,
 * 403 `csrf_failed` for a cookie-authenticated unsafe request without the matching CSRF header
 * (API-token requests are exempt: browsers never attach them), 403 `forbidden` below the route's role.
 */
export const guardRoutes = (app: FastifyInstance, auth: Authenticator, hasher: Hasher): void => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const role = req.routeOptions.config.role;
    if (role === undefined || role === 'public') return;
    const actor = await identify(req, auth);
    if (actor === null) throw new DomainError('unauthenticated', 'sign in, or send a valid API token');
    if (actor.via === 'session' && UNSAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (
        typeof sent !== 'string' ||
        actor.csrfHash === null ||
        !sameDigest(hasher.sha256(sent), actor.csrfHash)
      )
        throw new DomainError(
          'csrf_failed',
          `${req.method} with a session cookie needs the ${CSRF_HEADER} header`,
        );
    }
    if (!roleAtLeast(actor.role, role))
      throw new DomainError(
        'forbidden',
        `${req.method} ${req.routeOptions.url ?? ''} needs the ${role} role; you are ${actor.role}`,
      );
    req.actor = actor;
  });
};

/** The signed-in user of a guarded route. */
export const actorOf = (req: FastifyRequest): RequestActor => {
  if (req.actor === null) throw new DomainError('unauthenticated', 'sign in, or send a valid API token');
  return req.actor;
};
