import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { factsProperties } from '../http/claim.schemas';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import { reviewClaim, type FactsPatch, type ReviewRequest } from '../use-cases/claims/review-claim';
import { requireClaim } from '../use-cases/incidents/load-incident';
import { suggestForClaim } from '../use-cases/incidents/suggest-for-claim';
import type { RouteContext } from './route-context';

const reviewResponse = { 200: ref('Claim'), 400: ref('Error'), 403: ref('Error'), 404: ref('Error') };

/** Claims: read, review (accept / correct / reject), and incidents a claim may belong to. */
export const claimRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  const { deps } = ctx;
  const review = (id: string, r: ReviewRequest, actor: Parameters<typeof reviewClaim>[3]) =>
    reviewClaim(deps, id, r, actor);

  app.get<{ Params: { id: string } }>(
    '/api/claims/:id',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['claims'],
        summary: 'One claim: the machine’s facts, any correction, the review state and its incident',
        params: idParams('id'),
        response: { 200: ref('Claim'), 404: ref('Error') },
      },
    },
    (req) => requireClaim(deps.store, req.params.id),
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/api/claims/:id/suggestions',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['claims'],
        summary:
          'Incidents this claim may belong to (same kind, place within a distance, overlapping dates, victims), with the reason',
        params: idParams('id'),
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    incident: ref('Incident'),
                    score: { type: 'number' },
                    distanceKm: { type: ['number', 'null'] },
                    dayGap: { type: ['integer', 'null'] },
                    reason: { type: 'string' },
                  },
                },
              },
            },
          },
          404: ref('Error'),
        },
      },
    },
    async (req) => ({ items: await suggestForClaim(deps.store, req.params.id, req.query.limit) }),
  );

  app.post<{ Params: { id: string } }>(
    '/api/claims/:id/accept',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['claims'],
        summary: 'Accept the claim as extracted',
        params: idParams('id'),
        response: reviewResponse,
      },
    },
    (req) => review(req.params.id, { review: 'accepted' }, actorOf(req)),
  );

  app.post<{ Params: { id: string }; Body: { reason?: string } | undefined }>(
    '/api/claims/:id/reject',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['claims'],
        summary: 'Reject the claim: it is no longer counted',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } },
        },
        response: reviewResponse,
      },
    },
    (req) => review(req.params.id, { review: 'rejected', reason: req.body?.reason }, actorOf(req)),
  );

  app.post<{ Params: { id: string }; Body: FactsPatch }>(
    '/api/claims/:id/correct',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['claims'],
        summary: 'Correct the claim; the correction is stored apart from the machine output',
        params: idParams('id'),
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: factsProperties },
        response: reviewResponse,
      },
    },
    (req) => review(req.params.id, { review: 'corrected', patch: req.body }, actorOf(req)),
  );
};
