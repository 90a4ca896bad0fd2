import { ref } from './schema-ref';
import { CLAIM_EVENTS, CLAIM_REVIEW_STATES, CLAIM_STANCES, VICTIM_TYPES } from '@corroborate/core';

const nullableString = { type: ['string', 'null'], maxLength: 500 } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const span = {
  type: ['array', 'null'],
  items: { type: 'integer', minimum: 0 },
  minItems: 2,
  maxItems: 2,
} as const;

export const countSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['min', 'max'],
  properties: {
    min: { type: 'integer', minimum: 0 },
    max: { type: ['integer', 'null'], minimum: 0 },
    approx: { type: 'boolean', default: false },
    text: { type: 'string', maxLength: 200, default: '' },
  },
} as const;

/** The facts of a claim; as a correction, every property is optional (unset ones are kept). */
export const factsProperties = {
  event: { type: 'string', enum: [...CLAIM_EVENTS] },
  count: countSchema,
  victims: {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['text', 'type'],
    properties: {
      text: { type: 'string', maxLength: 300 },
      type: { type: 'string', enum: [...VICTIM_TYPES] },
    },
  },
  perpetrator: nullableString,
  claimant: nullableString,
  stance: { type: 'string', enum: [...CLAIM_STANCES] },
  place: {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 300 },
      span,
      geonameId: { type: ['integer', 'null'] },
      country: nullableString,
      admin1: nullableString,
      lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
      lon: { type: ['number', 'null'], minimum: -180, maximum: 180 },
      kind: nullableString,
    },
  },
  date: {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['text'],
    properties: { text: { type: 'string', maxLength: 200 }, span, value: day, from: day, to: day },
  },
} as const;

export const factsSchema = {
  type: 'object',
  properties: { ...factsProperties, span: { type: 'array', items: { type: 'integer' } } },
} as const;

export const claimSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    documentId: { type: 'string' },
    extracted: ref('ClaimFacts'),
    // Nullable: a $ref cannot say so in OpenAPI 3.0, so the facts are spelled out here.
    corrected: { ...factsSchema, type: ['object', 'null'] },
    review: { type: 'string', enum: [...CLAIM_REVIEW_STATES] },
    incidentId: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const linkedClaimSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    documentId: { type: 'string' },
    review: { type: 'string' },
    facts: ref('ClaimFacts'),
    corrected: { type: 'boolean' },
  },
} as const;
