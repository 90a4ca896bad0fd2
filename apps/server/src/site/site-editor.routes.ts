import { MODERATION_MODES, type ModerationMode } from '@corroborate/core';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { notifyFollowers } from './mail/subscribe-use-cases';
import { moderationQueuePage } from './moderation-page';
import { addAssessmentUpdate, publishIncident, type PublishInput } from './publish-assessment';
import type { SiteContext } from './site-context';
import { siteRepo } from './site-repo';
import { MODERATION_ACTIONS, moderateComment, type ModerationAction } from './submit-comment';

const idParams = (name: string) => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string', minLength: 1, maxLength: 100 } },
});

/** Editors publish incidents, log updates and moderate reader comments. */
export const siteEditorRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  const { deps } = ctx;

  app.post<{ Params: { id: string }; Body: PublishInput }>(
    '/api/incidents/:id/publish',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['site'],
        summary: 'Publish a verified incident as an assessment page at /a/{slug}',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['headline', 'claimReviewed'],
          properties: {
            headline: { type: 'string', minLength: 1, maxLength: 300 },
            claimReviewed: { type: 'string', minLength: 1, maxLength: 1000 },
            body: { type: 'string', maxLength: 50_000 },
            slug: { type: 'string', maxLength: 80 },
            tags: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 60 } },
            moderation: { type: 'string', enum: [...MODERATION_MODES] },
          },
        },
      },
    },
    async (req, reply) => {
      const assessment = await publishIncident(deps, req.params.id, req.body, actorOf(req));
      ctx.cache.clear();
      return reply.code(201).send({ ...assessment, url: `${ctx.settings.baseUrl}/a/${assessment.slug}` });
    },
  );

  app.post<{ Params: { id: string }; Body: { summary: string; isCorrection?: boolean } }>(
    '/api/assessments/:id/updates',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['site'],
        summary: 'Add an entry ("range widened after HRW report") to a published assessment’s update log',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['summary'],
          properties: {
            summary: { type: 'string', minLength: 1, maxLength: 500 },
            isCorrection: { type: 'boolean' },
          },
        },
      },
    },
    async (req, reply) => {
      const result = await addAssessmentUpdate(deps, req.params.id, req.body);
      ctx.cache.clear();
      const notified = await notifyFollowers(
        { ...deps, mail: ctx.mail },
        result.assessment,
        result.update,
        `${ctx.settings.baseUrl}/a/${result.assessment.slug}`,
      );
      return reply.code(201).send({ ...result, notified });
    },
  );

  app.get<{ Querystring: { status?: 'pending' | 'spam' } }>(
    '/api/site/comments',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['site'],
        summary: 'The moderation queue: reader comments awaiting a decision, oldest first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { type: 'string', enum: ['pending', 'spam'] } },
        },
      },
    },
    (req) => siteRepo(deps.store).listCommentsByStatus(req.query.status ?? 'pending', 200),
  );

  app.post<{ Params: { id: string }; Body: { action: ModerationAction } }>(
    '/api/site/comments/:id/moderate',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['site'],
        summary: 'Approve, reject, mark as spam, or ban the author of a reader comment',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['action'],
          properties: { action: { type: 'string', enum: [...MODERATION_ACTIONS] } },
        },
      },
    },
    async (req) => {
      const comment = await moderateComment(deps, req.params.id, req.body.action);
      ctx.cache.clear();
      return comment;
    },
  );

  app.get('/site/moderation', { config: { role: 'editor' }, schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        moderationQueuePage(ctx.settings, await siteRepo(deps.store).listCommentsByStatus('pending', 200)),
      ),
  );
};

export type { ModerationMode };
