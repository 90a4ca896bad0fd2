import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../server-deps';

export const healthRoutes = (app: FastifyInstance, deps: ServerDeps): void => {
  app.get(
    '/api/health',
    {
      config: { role: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              engine: { type: 'string' },
              version: { type: 'string' },
              documents: { type: 'integer' },
            },
          },
        },
      },
    },
    async () => ({
      status: 'ok',
      engine: deps.store.engine,
      version: deps.version,
      documents: await deps.store.documents.count(),
    }),
  );
};
