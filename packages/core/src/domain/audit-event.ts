/** One change, as kept in the append-only, hash-chained audit log. */
export interface AuditEvent {
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** Hash of the previous entry (64 zeros for the first). */
  prevHash: string;
  hash: string;
}

export type NewAuditEvent = Pick<
  AuditEvent,
  'actorId' | 'action' | 'entityType' | 'entityId' | 'before' | 'after'
>;

export const GENESIS_HASH = '0'.repeat(64);

/** The exact bytes an entry's hash covers: stable key order, ISO time. */
export const auditPayload = (e: Omit<AuditEvent, 'hash'>): string =>
  JSON.stringify([
    e.seq,
    e.at.toISOString(),
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.before ?? null,
    e.after ?? null,
    e.prevHash,
  ]);
