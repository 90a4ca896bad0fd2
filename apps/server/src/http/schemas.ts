/** JSON schemas shared by routes; they also feed the OpenAPI document. */
export const errorSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          path: { type: 'array', items: { type: ['string', 'number'] } },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

export const documentSchema = {
  type: 'object',
  required: ['id', 'kind', 'text', 'sha256', 'retrievedAt', 'status'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    url: { type: ['string', 'null'] },
    fileName: { type: ['string', 'null'] },
    title: { type: ['string', 'null'] },
    byline: { type: ['string', 'null'] },
    publishedAt: { type: ['string', 'null'], format: 'date-time' },
    retrievedAt: { type: 'string', format: 'date-time' },
    language: { type: ['string', 'null'] },
    text: { type: 'string' },
    sha256: { type: 'string' },
    sourceId: { type: ['string', 'null'] },
    status: { type: 'string' },
    ingestNotes: { type: 'array', items: { type: 'string' } },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const documentSummarySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    title: { type: ['string', 'null'] },
    fileName: { type: ['string', 'null'] },
    url: { type: ['string', 'null'] },
    publishedAt: { type: ['string', 'null'], format: 'date-time' },
    language: { type: ['string', 'null'] },
    status: { type: 'string' },
    sha256: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;
