import { nextAuditEntry, type AuditEvent, type Hasher, type NewAuditEvent } from '@corroborate/core';

/** The last link of the chain, or null for an empty log. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The entry to store after `head`, chained by core's rule. before/after go through JSON first,
 * so the event returned equals the one read back later (Dates become ISO text, undefined null).
 */
export const nextStoredAuditEvent = (
  head: ChainHead | null,
  e: NewAuditEvent,
  at: Date,
  hasher: Hasher,
): AuditEvent =>
  nextAuditEntry(hasher, head, { ...e, before: asStoredJson(e.before), after: asStoredJson(e.after) }, at);

const asStoredJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown;
