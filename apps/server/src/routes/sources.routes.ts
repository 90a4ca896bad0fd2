import { SOURCE_KINDS, type SourceKind } from '@corroborate/core';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import { registerSource, setDocumentSource } from '../use-cases/sources/sources';
import type { RouteContext } from './route-context';

const sourceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string', enum: [...SOURCE_KINDS] },
    url: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

/** Sources (publishers and claimants) with the kind reconciliation weighs; a document's publisher. */
export const sourceRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  const { deps } = ctx;

  app.get(
    '/api/sources',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['sources'],
        summary: 'Registered sources',
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: sourceSchema } } } },
      },
    },
    async () => ({ items: await deps.store.sources.list() }),
  );

  app.post<{ Body: { name: string; kind: SourceKind; url?: string | null } }>(
    '/api/sources',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['sources'],
        summary: 'Register a source and its kind (perpetrator-affiliated, official, NGO, media, witness)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'kind'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 300 },
            kind: { type: 'string', enum: [...SOURCE_KINDS] },
            url: { type: ['string', 'null'], maxLength: 2000 },
          },
        },
        response: { 200: sourceSchema, 201: sourceSchema, 400: ref('Error'), 409: ref('Error') },
      },
    },
    async (req, reply) => {
      const { source, created } = await registerSource(deps, { url: null, ...req.body }, actorOf(req));
      return reply.status(created ? 201 : 200).send(source);
    },
  );

  app.put<{ Params: { id: string }; Body: { sourceId: string | null } }>(
    '/api/documents/:id/source',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['documents'],
        summary: 'Name the document’s publisher; incidents its claims are linked to are reconciled again',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['sourceId'],
          properties: { sourceId: { type: ['string', 'null'], minLength: 1, maxLength: 100 } },
        },
        response: { 204: { type: 'null' }, 400: ref('Error'), 404: ref('Error') },
      },
    },
    async (req, reply) => {
      await setDocumentSource(deps, req.params.id, req.body.sourceId, actorOf(req));
      return reply.status(204).send();
    },
  );
};
