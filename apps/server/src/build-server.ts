import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { registerErrorHandling } from './http/error-handler';
import { documentRoutes } from './routes/documents.routes';
import { healthRoutes } from './routes/health.routes';
import type { ServerDeps } from './server-deps';

export interface BuildServerOptions {
  logger?: boolean;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
}

/** The HTTP app: routes are thin; the store and use cases do the work. */
export const buildServer = async (deps: ServerDeps, opts: BuildServerOptions = {}): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 1_048_576,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Corroborate API',
        version: deps.version,
        description: 'Documents, claims, incidents and evidence for verifying atrocity claims.',
      },
    },
  });
  registerErrorHandling(app);
  healthRoutes(app, deps);
  documentRoutes(app, deps);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  return app;
};
