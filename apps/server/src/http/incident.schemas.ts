import {
  CLAIM_EVENTS,
  DATE_PRECISIONS,
  GRADES,
  INCIDENT_STATUSES,
  PLACE_PRECISIONS,
  VICTIM_TYPES,
} from '@corroborate/core';

// JSON schemas for incidents: requests are validated by them, responses serialised, OpenAPI built.

const nullable = (type: string) => ({ type: [type, 'null'] });
const day = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const placeSchema = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['name', 'precision'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 300 },
    geonameId: nullable('integer'),
    country: { type: ['string', 'null'], maxLength: 100 },
    admin1: { type: ['string', 'null'], maxLength: 200 },
    lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
    lon: { type: ['number', 'null'], minimum: -180, maximum: 180 },
    precision: { type: 'string', enum: [...PLACE_PRECISIONS] },
  },
} as const;

/** The fields a person sets on an incident (create: title required; patch: all optional). */
export const incidentFieldsProperties = {
  title: { type: 'string', minLength: 1, maxLength: 500 },
  place: placeSchema,
  dateFrom: day,
  dateTo: day,
  datePrecision: { type: ['string', 'null'], enum: [...DATE_PRECISIONS, null] },
  eventKinds: {
    type: 'array',
    maxItems: 10,
    uniqueItems: true,
    items: { type: 'string', enum: [...CLAIM_EVENTS] },
  },
  perpetrators: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 200 } },
  victimTypes: {
    type: 'array',
    maxItems: 10,
    uniqueItems: true,
    items: { type: 'string', enum: [...VICTIM_TYPES] },
  },
} as const;

export const incidentSchema = {
  type: 'object',
  required: ['id', 'title', 'status'],
  properties: {
    id: { type: 'string' },
    ...incidentFieldsProperties,
    status: { type: 'string', enum: [...INCIDENT_STATUSES] },
    grade: { type: ['string', 'null'], enum: [...GRADES, null] },
    gradeReason: nullable('string'),
    assigneeIds: { type: 'array', items: { type: 'string' } },
    mergedIntoId: nullable('string'),
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const gradeEntrySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    incidentId: { type: 'string' },
    grade: { type: 'string' },
    reason: { type: 'string' },
    previousGrade: nullable('string'),
    actorId: nullable('string'),
    at: { type: 'string', format: 'date-time' },
  },
} as const;

export const mediaLinkSchema = {
  type: 'object',
  properties: {
    incidentId: { type: 'string' },
    mediaId: { type: 'string' },
    note: nullable('string'),
    linkedBy: nullable('string'),
    linkedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const commentSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    incidentId: { type: 'string' },
    authorId: { type: 'string' },
    body: { type: 'string' },
    mentions: { type: 'array', items: { type: 'string' } },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const feedItemSchema = {
  type: 'object',
  properties: {
    seq: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
    actorId: nullable('string'),
    kind: { type: 'string' },
    text: { type: 'string' },
    mentions: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const idParams = (...names: string[]) =>
  ({
    type: 'object',
    required: names,
    properties: Object.fromEntries(names.map((n) => [n, { type: 'string', minLength: 1, maxLength: 100 }])),
  }) as const;
