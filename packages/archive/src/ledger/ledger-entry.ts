import { GENESIS_HASH } from '@corroborate/core';
import { sha256Hex } from '../shared/sha256';

export const LEDGER_KINDS = ['document', 'media', 'capture', 'audit'] as const;
/** What a ledger entry vouches for: stored evidence, or an audit event. */
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** One line of the append-only ledger: an object's SHA-256, chained to the entry before it. */
export interface LedgerEntry {
  /** 1, 2, 3, … with no gaps. */
  seq: number;
  at: Date;
  kind: LedgerKind;
  objectId: string;
  /** SHA-256 of the object's bytes (for audit events: of the audit event's own hash). */
  sha256: string;
  /** `hash` of the entry before; 64 zeros for entry 1. */
  prevHash: string;
  /** SHA-256 of `ledgerPayload(entry)`, lowercase hex. */
  hash: string;
}

export type UnhashedLedgerEntry = Omit<LedgerEntry, 'hash'>;

export { GENESIS_HASH };

/**
 * The exact text an entry's hash covers: a JSON array in fixed order, time as ISO 8601 UTC with
 * milliseconds. Written down in the README so anyone can recompute it without this code.
 */
export const ledgerPayload = (e: UnhashedLedgerEntry): string =>
  JSON.stringify([e.seq, e.at.toISOString(), e.kind, e.objectId, e.sha256, e.prevHash]);

/** The entry's hash: SHA-256 of its payload's UTF-8 bytes. */
export const hashLedgerEntry = (e: UnhashedLedgerEntry): Promise<string> => sha256Hex(ledgerPayload(e));
