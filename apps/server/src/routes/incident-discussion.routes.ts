import { MAX_COMMENT_LENGTH } from '@corroborate/core';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import { incidentActivity, listComments, postComment } from '../use-cases/incidents/discussion';
import type { RouteContext } from './route-context';

/** Comments with @mentions, and the per-incident activity feed. */
export const incidentDiscussionRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  const { deps } = ctx;

  app.get<{ Params: { id: string } }>(
    '/api/incidents/:id/comments',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['discussion'],
        summary: 'Comments on the incident, oldest first',
        params: idParams('id'),
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: ref('Comment') } } },
          404: ref('Error'),
        },
      },
    },
    async (req) => ({ items: await listComments(deps.store, req.params.id) }),
  );

  app.post<{ Params: { id: string }; Body: { body: string } }>(
    '/api/incidents/:id/comments',
    {
      // Discussion is not a change to the record: every signed-in role may comment (core rule).
      config: { role: 'viewer' },
      schema: {
        tags: ['discussion'],
        summary: 'Comment on the incident; @name mentions of known users are recorded',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['body'],
          properties: { body: { type: 'string', minLength: 1, maxLength: MAX_COMMENT_LENGTH } },
        },
        response: {
          201: {
            type: 'object',
            properties: {
              comment: ref('Comment'),
              mentioned: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    username: { type: 'string' },
                    displayName: { type: 'string' },
                  },
                },
              },
            },
          },
          400: ref('Error'),
          404: ref('Error'),
          409: ref('Error'),
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await postComment(deps, req.params.id, req.body.body, actorOf(req))),
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/api/incidents/:id/activity',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['discussion'],
        summary: 'The incident’s activity feed, newest first, read from the audit log',
        params: idParams('id'),
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
        },
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: ref('FeedItem') } } },
          404: ref('Error'),
        },
      },
    },
    async (req) => ({ items: await incidentActivity(deps.store, req.params.id, req.query.limit) }),
  );
};
