import type { AuditEvent } from '@corroborate/core';
import { date, json, num, str, strOrNull, type Row } from './row-reader';

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
