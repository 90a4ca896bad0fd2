import { MEDIA_AUTHENTICITY_VERDICTS } from '@corroborate/core';
import type { FastifyInstance } from 'fastify';
import { setMediaReview, type MediaReviewInput } from './media-review';
import type { SiteContext } from './site-context';

/** Editors give a published photo its verdict: the page's MediaReview. */
export const siteMediaReviewRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  app.put<{ Params: { id: string; mediaId: string }; Body: MediaReviewInput }>(
    '/api/assessments/:id/media/:mediaId/review',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['site'],
        summary: 'Set the verdict on a photo of a published assessment (emitted as schema.org MediaReview)',
        params: {
          type: 'object',
          required: ['id', 'mediaId'],
          properties: {
            id: { type: 'string', minLength: 1, maxLength: 100 },
            mediaId: { type: 'string', minLength: 1, maxLength: 100 },
          },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['authenticity', 'context'],
          properties: {
            authenticity: { type: 'string', enum: [...MEDIA_AUTHENTICITY_VERDICTS] },
            context: { type: 'string', minLength: 1, maxLength: 1000 },
            originalLink: { type: 'string', maxLength: 2000 },
          },
        },
      },
    },
    async (req) => {
      const review = await setMediaReview(ctx.deps, req.params.id, req.params.mediaId, req.body);
      ctx.cache.clear();
      return review;
    },
  );
};
