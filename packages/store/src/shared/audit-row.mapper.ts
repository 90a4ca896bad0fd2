import type { AuditEvent } from '@corroborate/core';
import { date, iso, json, num, str, strOrNull, type Row } from './row-reader';

export const AUDIT_COLUMNS =
  'seq, at, actor_id, action, entity_type, entity_id, before, after, prev_hash, hash';

export const toAuditEvent = (row: Row): AuditEvent => ({
  seq: num(row, 'seq'),
  at: date(row, 'at'),
  actorId: strOrNull(row, 'actor_id'),
  action: str(row, 'action'),
  entityType: str(row, 'entity_type'),
  entityId: str(row, 'entity_id'),
  before: json(row, 'before'),
  after: json(row, 'after'),
  prevHash: str(row, 'prev_hash'),
  hash: str(row, 'hash'),
});

/** The values of an entry in AUDIT_COLUMNS order, for either engine's INSERT. */
export const auditEventParams = (e: AuditEvent): unknown[] => [
  e.seq,
  iso(e.at),
  e.actorId,
  e.action,
  e.entityType,
  e.entityId,
  JSON.stringify(e.before),
  JSON.stringify(e.after),
  e.prevHash,
  e.hash,
];
