import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { CSRF_COOKIE, SESSION_COOKIE } from '../config/auth-config';
import { ref } from '../http/schema-ref';
import { confirmTotp, enrolTotp } from '../use-cases/auth/second-factor';
import { signIn } from '../use-cases/auth/sign-in';
import type { RouteContext } from './route-context';

const cookieOptions = (ctx: RouteContext, req: FastifyRequest, httpOnly: boolean, expires: Date) => ({
  path: '/',
  httpOnly,
  sameSite: 'lax' as const,
  secure: ctx.auth.cookieSecure === 'auto' ? req.protocol === 'https' : ctx.auth.cookieSecure,
  expires,
});

const clearCookies = (reply: FastifyReply): void => {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
};

/** Sign-in with a session cookie, sign-out, who am I, and the TOTP second factor. */
export const authRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  app.post<{ Body: { username: string; password: string; totp?: string } }>(
    '/api/auth/login',
    {
      config: { role: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets an HttpOnly session cookie and returns the CSRF token for unsafe requests',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['username', 'password'],
          properties: {
            username: { type: 'string', minLength: 1, maxLength: 100 },
            password: { type: 'string', minLength: 1, maxLength: 1000 },
            totp: { type: 'string', pattern: '^\\d{6}$' },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              user: ref('User'),
              csrfToken: { type: 'string' },
              expiresAt: { type: 'string', format: 'date-time' },
            },
          },
          401: ref('Error'),
          429: ref('Error'),
        },
      },
    },
    async (req, reply) => {
      const { deps, auth, limiter } = ctx;
      const signedIn = await signIn(
        { ...deps, limiter, sessionTtlMs: auth.sessionTtlMs },
        { ...req.body, address: req.ip },
      );
      reply.setCookie(SESSION_COOKIE, signedIn.sessionId, cookieOptions(ctx, req, true, signedIn.expiresAt));
      reply.setCookie(CSRF_COOKIE, signedIn.csrfToken, cookieOptions(ctx, req, false, signedIn.expiresAt));
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { role: 'viewer' },
      schema: { tags: ['auth'], summary: 'Sign out: ends this session', response: { 204: { type: 'null' } } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (actor.sessionHash !== null) await ctx.deps.store.sessions.delete(actor.sessionHash);
      clearCookies(reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: { type: 'object', properties: { user: ref('User'), via: { type: 'string' } } } },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return { user: await ctx.deps.store.users.get(actor.id), via: actor.via };
    },
  );

  app.post(
    '/api/auth/totp',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'Start enrolling a TOTP second factor (RFC 6238: SHA-1, 30 s, 6 digits)',
        response: {
          200: { type: 'object', properties: { secret: { type: 'string' }, otpauthUri: { type: 'string' } } },
          409: ref('Error'),
        },
      },
    },
    (req) => enrolTotp(ctx.deps, actorOf(req), ctx.auth.totpIssuer),
  );

  app.post<{ Body: { code: string } }>(
    '/api/auth/totp/confirm',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'Confirm the TOTP enrolment with a current code; sign-in then asks for a code',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['code'],
          properties: { code: { type: 'string', pattern: '^\\d{6}$' } },
        },
        response: { 204: { type: 'null' }, 400: ref('Error'), 409: ref('Error') },
      },
    },
    async (req, reply) => {
      await confirmTotp(ctx.deps, actorOf(req), req.body.code);
      return reply.status(204).send();
    },
  );
};
