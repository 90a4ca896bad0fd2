import { auditPayload, GENESIS_HASH, type AuditEvent, type NewAuditEvent } from '../domain/audit-event';
import type { Hasher } from '../ports/hasher.port';

/** The hash an entry must carry: SHA-256 of `auditPayload(entry)`. */
export const computeAuditHash = (hasher: Hasher, entry: Omit<AuditEvent, 'hash'>): string =>
  hasher.sha256(auditPayload(entry));

/**
 * Builds the entry that follows `prev` (null for the first entry, seq 1): what `AuditLog.append`
 * stores, so every store chains entries the same way.
 */
export const nextAuditEntry = (
  hasher: Hasher,
  prev: Pick<AuditEvent, 'seq' | 'hash'> | null,
  event: NewAuditEvent,
  at: Date,
): AuditEvent => {
  const entry = { ...event, seq: (prev?.seq ?? 0) + 1, at, prevHash: prev?.hash ?? GENESIS_HASH };
  return { ...entry, hash: computeAuditHash(hasher, entry) };
};
