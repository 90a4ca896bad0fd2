import {
  CLAIM_EVENTS,
  DOCUMENT_STATUSES,
  GRADES,
  INCIDENT_STATUSES,
  SENSITIVITIES,
  notFound,
  type BlobStore,
  type DocumentStatus,
  type Incident,
  type IncidentListQuery,
  type MediaItem,
  type MediaMatch,
  type Sensitivity,
} from '@corroborate/core';
import { blurredThumbnail } from '@corroborate/ingest';
import type { FastifyInstance } from 'fastify';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import type { ServerDeps } from '../server-deps';

// Routes the investigators' workspace (apps/web) needs that the rest of the API lacks: an inbox with
// source filter and bulk status changes, media items with their thumbnails, and a faceted incident
// search that answers every match's coordinates at once for the clustered map.

/** ServerDeps plus the blob store holding media thumbnails (absent: thumbnails answer 404). */
export type WebSupportDeps = ServerDeps & { blobs?: BlobStore };

const nullableString = { type: ['string', 'null'] } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  cursor: { type: 'string', maxLength: 200 },
} as const;

const inboxDocumentSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    title: nullableString,
    fileName: nullableString,
    url: nullableString,
    publishedAt: { type: ['string', 'null'], format: 'date-time' },
    language: nullableString,
    status: { type: 'string' },
    sourceId: nullableString,
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const mediaSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    mimeType: { type: 'string' },
    width: { type: ['integer', 'null'] },
    height: { type: ['integer', 'null'] },
    sensitivity: { type: 'string', enum: [...SENSITIVITIES] },
    fileName: nullableString,
    exif: {
      type: ['object', 'null'],
      properties: {
        capturedAt: nullableString,
        gps: { type: ['object', 'null'], properties: { lat: { type: 'number' }, lon: { type: 'number' } } },
        camera: nullableString,
        software: nullableString,
      },
    },
    firstSeenAt: { type: 'string', format: 'date-time' },
    hasThumbnail: { type: 'boolean' },
  },
} as const;

const matchSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    otherMediaId: nullableString,
    firstSeenAt: { type: ['string', 'null'], format: 'date-time' },
    listLabel: nullableString,
    distance: { type: 'integer' },
    variant: { type: 'string' },
  },
} as const;

const presentMedia = (m: MediaItem) => ({ ...m, hasThumbnail: m.thumbnailSha256 !== null });

/** A match seen from `mediaId`'s side: the other item and when it was first seen. */
const presentMatch = async (deps: ServerDeps, mediaId: string, m: MediaMatch) => {
  const otherId = m.mediaId === mediaId ? m.matchedMediaId : m.mediaId;
  const other = otherId === null ? null : await deps.store.media.get(otherId);
  return {
    kind: m.kind,
    otherMediaId: otherId,
    firstSeenAt: other?.firstSeenAt ?? m.matchedFirstSeenAt,
    listLabel: m.listLabel,
    distance: m.distance,
    variant: m.variant,
  };
};

interface SearchParams {
  q?: string;
  kind?: IncidentListQuery['kind'];
  grade?: IncidentListQuery['grade'];
  status?: IncidentListQuery['status'];
  country?: string;
  admin1?: string;
  perpetrator?: string;
  dateFrom?: string;
  dateTo?: string;
}

const lower = (s: string | null | undefined) => (s ?? '').toLocaleLowerCase();

/** The facets the list query has no column filter for, applied in memory while paging. */
const extraFacets = (p: SearchParams) => (i: Incident) =>
  (p.country === undefined || lower(i.place?.country) === lower(p.country)) &&
  (p.admin1 === undefined || lower(i.place?.admin1) === lower(p.admin1)) &&
  (p.perpetrator === undefined || i.perpetrators.some((x) => lower(x).includes(lower(p.perpetrator))));

// The repository takes at most 1000 a page.
const SEARCH_PAGE = 1000;
const SEARCH_ITEMS = 100;

/** Every incident matching the facets: a count, the first page, and the coordinates of all. */
const searchIncidents = async (deps: ServerDeps, p: SearchParams) => {
  const keep = extraFacets(p);
  const items: Incident[] = [];
  const points: [number, number][] = [];
  let total = 0;
  let cursor: string | null = null;
  do {
    const page = await deps.store.incidents.list({
      limit: SEARCH_PAGE,
      cursor,
      ...(p.status ? { status: p.status } : {}),
      ...(p.grade ? { grade: p.grade } : {}),
      ...(p.kind ? { kind: p.kind } : {}),
      ...(p.dateFrom ? { dateFrom: p.dateFrom } : {}),
      ...(p.dateTo ? { dateTo: p.dateTo } : {}),
      ...(p.q ? { text: p.q } : {}),
    });
    for (const i of page.items) {
      if (!keep(i)) continue;
      total++;
      if (items.length < SEARCH_ITEMS) items.push(i);
      if (i.place?.lat != null && i.place.lon != null) points.push([i.place.lat, i.place.lon]);
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { total, items, points };
};

/** Inbox, media and search routes for the web workspace. */
export const webSupportRoutes = (app: FastifyInstance, deps: WebSupportDeps): void => {
  app.get<{
    Querystring: {
      limit: number;
      cursor?: string;
      status?: DocumentStatus;
      language?: string;
      sourceId?: string;
    };
  }>(
    '/api/inbox/documents',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['workspace'],
        summary: 'Documents for the inbox, newest first, filtered by status, language and source',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...pageQuery,
            status: { type: 'string', enum: [...DOCUMENT_STATUSES] },
            language: { type: 'string', maxLength: 16 },
            sourceId: { type: 'string', maxLength: 100 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: inboxDocumentSchema }, nextCursor: nullableString },
          },
          400: ref('Error'),
        },
      },
    },
    (req) => deps.store.documents.list(req.query),
  );

  app.post<{ Body: { ids: string[]; status: DocumentStatus } }>(
    '/api/inbox/documents/status',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['workspace'],
        summary: 'Set the review status of many documents at once (bulk action of the inbox)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['ids', 'status'],
          properties: {
            ids: {
              type: 'array',
              minItems: 1,
              maxItems: 500,
              items: { type: 'string', minLength: 1, maxLength: 100 },
            },
            status: { type: 'string', enum: [...DOCUMENT_STATUSES] },
          },
        },
        response: {
          200: { type: 'object', properties: { updated: { type: 'integer' } } },
          400: ref('Error'),
          404: ref('Error'),
        },
      },
    },
    async (req) => {
      const { ids, status } = req.body;
      // All or nothing: an unknown id rolls the whole batch back.
      await deps.store.transaction(async (tx) => {
        for (const id of ids) {
          if (!(await tx.documents.get(id))) throw notFound('document', id);
          await tx.documents.setStatus(id, status);
        }
      });
      return { updated: ids.length };
    },
  );

  app.get<{ Querystring: { limit: number; cursor?: string; sensitivity?: Sensitivity } }>(
    '/api/inbox/media',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['workspace'],
        summary: 'Media items, newest first, with cursor pagination',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...pageQuery, sensitivity: { type: 'string', enum: [...SENSITIVITIES] } },
        },
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: mediaSchema }, nextCursor: nullableString },
          },
          400: ref('Error'),
        },
      },
    },
    async (req) => {
      const page = await deps.store.media.list(req.query);
      return { items: page.items.map(presentMedia), nextCursor: page.nextCursor };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/media/:id',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['workspace'],
        summary: 'One media item with its EXIF summary and PDQ matches (first-seen date, distance)',
        params: idParams('id'),
        response: {
          200: {
            type: 'object',
            properties: { media: mediaSchema, matches: { type: 'array', items: matchSchema } },
          },
          404: ref('Error'),
        },
      },
    },
    async (req) => {
      const media = await deps.store.media.get(req.params.id);
      if (!media) throw notFound('media', req.params.id);
      const matches = await deps.store.media.listMatches(media.id);
      return {
        media: presentMedia(media),
        matches: await Promise.all(matches.map((m) => presentMatch(deps, media.id, m))),
      };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { reveal?: '0' | '1' } }>(
    '/api/media/:id/thumbnail',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['workspace'],
        summary: 'The thumbnail (WebP); graphic items come blurred and greyscale unless ?reveal=1',
        params: idParams('id'),
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { reveal: { type: 'string', enum: ['0', '1'] } },
        },
        response: { 404: ref('Error') },
      },
    },
    async (req, reply) => {
      const media = await deps.store.media.get(req.params.id);
      const sha = media?.thumbnailSha256 ?? null;
      const bytes = sha === null || !deps.blobs ? null : await deps.blobs.get(sha);
      if (!media || bytes === null) throw notFound('thumbnail', req.params.id);
      const blur = media.sensitivity !== 'none' && req.query.reveal !== '1';
      return reply
        .header('content-type', 'image/webp')
        .header('cache-control', 'private, max-age=300')
        .send(Buffer.from(blur ? await blurredThumbnail(bytes) : bytes));
    },
  );

  app.get<{ Querystring: SearchParams }>(
    '/api/search/incidents',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['workspace'],
        summary: 'Faceted incident search: the count, the first 100 matches and the coordinates of all',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            kind: { type: 'string', enum: [...CLAIM_EVENTS] },
            grade: { type: 'string', enum: [...GRADES] },
            status: { type: 'string', enum: [...INCIDENT_STATUSES] },
            country: { type: 'string', minLength: 1, maxLength: 100 },
            admin1: { type: 'string', minLength: 1, maxLength: 200 },
            perpetrator: { type: 'string', minLength: 1, maxLength: 200 },
            dateFrom: day,
            dateTo: day,
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              total: { type: 'integer' },
              items: { type: 'array', items: ref('Incident') },
              points: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
            },
          },
          400: ref('Error'),
        },
      },
    },
    (req) => searchIncidents(deps, req.query),
  );
};
