import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import { getIncidentDetail } from '../use-cases/incidents/incident-detail';
import { linkClaim, unlinkClaim } from '../use-cases/incidents/link-claims';
import { linkMedia, unlinkMedia } from '../use-cases/incidents/media-links';
import { mergeIncidentInto, splitIncidentClaims } from '../use-cases/incidents/merge-split';
import type { RouteContext } from './route-context';

const changeErrors = { 400: ref('Error'), 403: ref('Error'), 404: ref('Error'), 409: ref('Error') };
const idBody = (name: string) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: [name],
    properties: { [name]: { type: 'string', minLength: 1, maxLength: 100 } },
  }) as const;

/** What is linked to an incident: claims (reconciled on every change), media evidence; merge and split. */
export const incidentLinkRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  const { deps } = ctx;

  app.post<{ Params: { id: string }; Body: { claimId: string } }>(
    '/api/incidents/:id/claims',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Link a claim; the reconciliation is recomputed and stored',
        params: idParams('id'),
        body: idBody('claimId'),
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await linkClaim(deps, req.params.id, req.body.claimId, actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );

  app.delete<{ Params: { id: string; claimId: string } }>(
    '/api/incidents/:id/claims/:claimId',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Unlink a claim; the reconciliation is recomputed and stored',
        params: idParams('id', 'claimId'),
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await unlinkClaim(deps, req.params.id, req.params.claimId, actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );

  app.post<{ Params: { id: string }; Body: { otherId: string } }>(
    '/api/incidents/:id/merge',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Merge another incident into this one (it keeps its id; the other is retired)',
        params: idParams('id'),
        body: idBody('otherId'),
        response: {
          200: {
            type: 'object',
            properties: {
              detail: ref('IncidentDetail'),
              warnings: { type: 'array', items: { type: 'string' } },
            },
          },
          ...changeErrors,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { warnings } = await mergeIncidentInto(deps, req.params.id, req.body.otherId, actor);
      return { detail: await getIncidentDetail(deps.store, req.params.id, actor.role), warnings };
    },
  );

  app.post<{ Params: { id: string }; Body: { claimIds: string[]; title?: string } }>(
    '/api/incidents/:id/split',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Move some linked claims to a new incident; both are reconciled again',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['claimIds'],
          properties: {
            claimIds: {
              type: 'array',
              minItems: 1,
              maxItems: 500,
              items: { type: 'string', minLength: 1, maxLength: 100 },
            },
            title: { type: 'string', minLength: 1, maxLength: 500 },
          },
        },
        response: {
          201: {
            type: 'object',
            properties: { source: ref('IncidentDetail'), created: ref('IncidentDetail') },
          },
          ...changeErrors,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { created } = await splitIncidentClaims(
        deps,
        req.params.id,
        req.body.claimIds,
        actor,
        req.body.title,
      );
      return reply.status(201).send({
        source: await getIncidentDetail(deps.store, req.params.id, actor.role),
        created: await getIncidentDetail(deps.store, created.id, actor.role),
      });
    },
  );

  app.post<{ Params: { id: string }; Body: { mediaId: string; note?: string } }>(
    '/api/incidents/:id/media',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Link a media item (by id) to the incident as evidence',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['mediaId'],
          properties: {
            mediaId: { type: 'string', minLength: 1, maxLength: 100 },
            note: { type: 'string', maxLength: 2000 },
          },
        },
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await linkMedia(deps, req.params.id, req.body.mediaId, req.body.note ?? null, actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );

  app.delete<{ Params: { id: string; mediaId: string } }>(
    '/api/incidents/:id/media/:mediaId',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Unlink a media item from the incident',
        params: idParams('id', 'mediaId'),
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await unlinkMedia(deps, req.params.id, req.params.mediaId, actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );
};
