import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import { nodeHasher, systemClock, ulidIds } from '@corroborate/store';
import { guardRoutes, requireRouteRoles, type DeclaredRoute } from './auth/auth-hooks';
import { Authenticator } from './auth/authenticator';
import { LoginLimiter } from './auth/login-limiter';
import { argon2Passwords } from './auth/passwords';
import { DEFAULT_AUTH_CONFIG } from './config/auth-config';
import { registerErrorHandling } from './http/error-handler';
import { registerSharedSchemas } from './http/shared-schemas';
import { auditRoutes } from './routes/audit.routes';
import { authRoutes } from './routes/auth.routes';
import { claimRoutes } from './routes/claims.routes';
import { documentRoutes } from './routes/documents.routes';
import { healthRoutes } from './routes/health.routes';
import { incidentDiscussionRoutes } from './routes/incident-discussion.routes';
import { incidentLinkRoutes } from './routes/incident-links.routes';
import { incidentWorkflowRoutes } from './routes/incident-workflow.routes';
import { incidentRoutes } from './routes/incidents.routes';
import type { RouteContext } from './routes/route-context';
import { sourceRoutes } from './routes/sources.routes';
import { tokenRoutes } from './routes/tokens.routes';
import { userRoutes } from './routes/users.routes';
import type { ServerDeps } from './server-deps';
import { registerSite } from './site/register-site';
import { webSupportRoutes } from './routes/web-support.routes';
import { serveWebApp } from './web/serve-web-app';

export interface BuildServerOptions {
  logger?: boolean;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  /** Trust X-Forwarded-* from a reverse proxy (for the client address and https detection). */
  trustProxy?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the role it declared, in registration order (for the role matrix test). */
    declaredRoutes: DeclaredRoute[];
  }
}

/** The HTTP app: routes are thin; use cases and the core rules do the work; one hook checks roles. */
export const buildServer = async (
  deps: ServerDeps,
  opts: BuildServerOptions = {},
): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 1_048_576,
    trustProxy: opts.trustProxy ?? false,
    exposeHeadRoutes: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  });
  const clock = deps.clock ?? systemClock;
  const hasher = deps.hasher ?? nodeHasher;
  const auth = { ...DEFAULT_AUTH_CONFIG, ...deps.auth };
  const ctx: RouteContext = {
    deps: {
      store: deps.store,
      clock,
      ids: deps.ids ?? ulidIds,
      hasher,
      passwords: deps.passwords ?? argon2Passwords,
    },
    auth,
    limiter: new LoginLimiter(clock, auth.loginLimits),
    version: deps.version,
  };
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  requireRouteRoles(app, declared);
  registerSharedSchemas(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Corroborate API',
        version: deps.version,
        description:
          'Documents, claims, incidents and evidence for verifying atrocity claims. Sign in at /api/auth/login ' +
          '(session cookie; send the returned CSRF token as x-csrf-token on unsafe requests) or send an API ' +
          'token as `Authorization: Bearer cor_…`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'corroborate_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    // Shared schemas become components named by their $id (not def-0, def-1 …).
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  registerErrorHandling(app);
  guardRoutes(app, new Authenticator({ store: deps.store, clock, hasher }), hasher);
  healthRoutes(app, deps);
  authRoutes(app, ctx);
  tokenRoutes(app, ctx);
  documentRoutes(app, deps);
  sourceRoutes(app, ctx);
  claimRoutes(app, ctx);
  incidentRoutes(app, ctx);
  incidentWorkflowRoutes(app, ctx);
  incidentLinkRoutes(app, ctx);
  incidentDiscussionRoutes(app, ctx);
  userRoutes(app, ctx);
  auditRoutes(app, ctx);
  await registerSite(app, ctx, deps);
  webSupportRoutes(app, deps);
  await serveWebApp(app);
  app.get('/api/openapi.json', { config: { role: 'public' }, schema: { hide: true } }, () => app.swagger());
  return app;
};
