import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import { createApiToken, listApiTokens, revokeApiToken } from '../use-cases/auth/api-tokens';
import type { RouteContext } from './route-context';

/** API tokens for scripts (`Authorization: Bearer …`), each acting as the user who made it. */
export const tokenRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  app.post<{ Body: { name: string } }>(
    '/api/auth/tokens',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token; the secret is shown only in this answer',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: { name: { type: 'string', minLength: 1, maxLength: 100 } },
        },
        response: {
          201: { type: 'object', properties: { token: { type: 'string' }, apiToken: ref('ApiToken') } },
          400: ref('Error'),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiToken(ctx.deps, actorOf(req), req.body.name)),
  );

  app.get(
    '/api/auth/tokens',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'Your API tokens, newest first (never their secrets)',
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: ref('ApiToken') } } },
        },
      },
    },
    async (req) => ({ items: await listApiTokens(ctx.deps, actorOf(req)) }),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/auth/tokens/:id',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'Revoke an API token (yours; admins: anyone’s)',
        params: idParams('id'),
        response: { 204: { type: 'null' }, 404: ref('Error') },
      },
    },
    async (req, reply) => {
      await revokeApiToken(ctx.deps, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
};
