import type { FastifyInstance } from 'fastify';
import { ref } from '../http/schema-ref';
import { queryAudit } from '../use-cases/audit/query-audit';
import type { RouteContext } from './route-context';

/** The hash-chained audit log, by entity. */
export const auditRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  app.get<{ Querystring: { entity: string; after: number; limit: number } }>(
    '/api/audit',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries of one entity (`incident:inc_…`) or type (`incident`), in order, with hashes',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['entity'],
          properties: {
            entity: { type: 'string', minLength: 1, maxLength: 150 },
            after: { type: 'integer', minimum: 0, default: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              items: { type: 'array', items: ref('AuditEvent') },
              nextAfter: { type: ['integer', 'null'] },
            },
          },
          400: ref('Error'),
        },
      },
    },
    (req) => queryAudit(ctx.deps.store, req.query.entity, req.query.after, req.query.limit),
  );
};
