import type { FastifyInstance } from 'fastify';
import { DOCUMENT_STATUSES, notFound, type DocumentStatus } from '@corroborate/core';
import { ref } from '../http/schema-ref';
import type { ServerDeps } from '../server-deps';
import { documentSchema, documentSummarySchema } from '../http/schemas';

export const documentRoutes = (app: FastifyInstance, deps: ServerDeps): void => {
  app.get<{ Querystring: { limit: number; cursor?: string; status?: DocumentStatus; language?: string } }>(
    '/api/documents',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['documents'],
        summary: 'List documents, newest first, with cursor pagination',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            cursor: { type: 'string', maxLength: 200 },
            status: { type: 'string', enum: [...DOCUMENT_STATUSES] },
            language: { type: 'string', maxLength: 16 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              items: { type: 'array', items: documentSummarySchema },
              nextCursor: { type: ['string', 'null'] },
            },
          },
          400: ref('Error'),
        },
      },
    },
    async (req) => {
      // The response schema keeps only the summary fields (the text stays out of lists).
      return deps.store.documents.list(req.query);
    },
  );

  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/documents/search',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['documents'],
        summary: 'Full-text search over documents, best match first',
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 500 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              hits: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    title: { type: ['string', 'null'] },
                    fileName: { type: ['string', 'null'] },
                    url: { type: ['string', 'null'] },
                    snippet: { type: 'string' },
                    rank: { type: 'number' },
                  },
                },
              },
            },
          },
          400: ref('Error'),
        },
      },
    },
    async (req) => ({ hits: await deps.store.documents.search(req.query.q, req.query.limit) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['documents'],
        summary: 'One document with its text and extracted claims',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
        response: {
          200: {
            type: 'object',
            properties: {
              document: documentSchema,
              claims: { type: 'array', items: { type: 'object', additionalProperties: true } },
            },
          },
          404: ref('Error'),
        },
      },
    },
    async (req) => {
      const document = await deps.store.documents.get(req.params.id);
      if (!document) throw notFound('document', req.params.id);
      return { document, claims: await deps.store.claims.listByDocument(document.id) };
    },
  );
};
