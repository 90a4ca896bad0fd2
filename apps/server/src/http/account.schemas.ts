import { ROLES } from '@corroborate/core';

export const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    email: { type: ['string', 'null'] },
    role: { type: 'string', enum: [...ROLES] },
    disabled: { type: 'boolean' },
    totpEnabled: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const apiTokenSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    userId: { type: 'string' },
    name: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    lastUsedAt: { type: ['string', 'null'], format: 'date-time' },
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

export const auditEventSchema = {
  type: 'object',
  properties: {
    seq: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
    actorId: { type: ['string', 'null'] },
    action: { type: 'string' },
    entityType: { type: 'string' },
    entityId: { type: 'string' },
    before: {},
    after: {},
    prevHash: { type: 'string' },
    hash: { type: 'string' },
  },
} as const;
