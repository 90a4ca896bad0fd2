import {
  DomainError,
  GENESIS_HASH,
  LEDGER_ENTRY_KINDS,
  type Capture,
  type Hasher,
  type LedgerEntryKind,
  type StoredCheckpoint,
  type StoredCheckpointTimestamp,
  type StoredLedgerEntry,
} from '@corroborate/core';
import { nodeHasher } from '../adapters/node-hasher';
import { date, json, num, str, strOrNull, type Row } from './row-reader';

export const LEDGER_COLUMNS = 'seq, at, kind, object_id, sha256, prev_hash, hash';
export const CHECKPOINT_COLUMNS = 'seq, hash, at, algorithm, key_fingerprint, signature';
export const TIMESTAMP_COLUMNS = 'checkpoint_seq, tsa_url, token, gen_time';
export const CAPTURE_COLUMNS =
  'id, url, sha256, filename, byte_size, document_id, media_ids, captured_at, created_at';

/**
 * The text an entry's hash covers. It must stay identical to `ledgerPayload` in @corroborate/archive
 * (the proof bundle format; a contract test verifies store entries with the archive's checker).
 */
const ledgerPayload = (e: Omit<StoredLedgerEntry, 'hash'>): string =>
  JSON.stringify([e.seq, e.at.toISOString(), e.kind, e.objectId, e.sha256, e.prevHash]);

const SHA256 = /^[0-9a-f]{64}$/;

/** Checks what the ledger is asked to record. @throws DomainError('validation_failed') */
export function checkLedgerInput(input: { kind: LedgerEntryKind; objectId: string; sha256: string }): void {
  if (!LEDGER_ENTRY_KINDS.includes(input.kind))
    throw new DomainError('validation_failed', `ledger kind "${String(input.kind)}" is not known`);
  if (!input.objectId || input.objectId.length > 200)
    throw new DomainError('validation_failed', 'ledger objectId must be 1 to 200 characters');
  if (!SHA256.test(input.sha256))
    throw new DomainError(
      'validation_failed',
      `ledger sha256 for ${input.objectId} is not 64 lowercase hex digits`,
    );
}

/** The next entry after `head`, hashed; time truncated to milliseconds by Date itself. */
/** An entry's hash: SHA-256 of its payload's UTF-8 bytes. */
export const ledgerEntryHash = (e: Omit<StoredLedgerEntry, 'hash'>, hasher: Hasher = nodeHasher): string =>
  hasher.sha256(ledgerPayload(e));

export function nextLedgerEntry(
  head: { seq: number; hash: string } | null,
  input: { kind: LedgerEntryKind; objectId: string; sha256: string },
  at: Date,
): StoredLedgerEntry {
  const unhashed = {
    seq: (head?.seq ?? 0) + 1,
    at,
    kind: input.kind,
    objectId: input.objectId,
    sha256: input.sha256,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: ledgerEntryHash(unhashed) };
}

/** Refuses an entry that does not follow the head. @throws DomainError('conflict') */
export function checkFollows(head: { seq: number; hash: string } | null, entry: StoredLedgerEntry): void {
  if (entry.seq !== (head?.seq ?? 0) + 1 || entry.prevHash !== (head?.hash ?? GENESIS_HASH))
    throw new DomainError('conflict', `ledger entry ${entry.seq} does not follow entry ${head?.seq ?? 0}`);
}

export const ledgerValues = (e: StoredLedgerEntry): unknown[] => [
  e.seq,
  e.at.toISOString(),
  e.kind,
  e.objectId,
  e.sha256,
  e.prevHash,
  e.hash,
];

export const toLedgerEntry = (row: Row): StoredLedgerEntry => ({
  seq: num(row, 'seq'),
  at: date(row, 'at'),
  kind: str(row, 'kind') as LedgerEntryKind,
  objectId: str(row, 'object_id'),
  sha256: str(row, 'sha256'),
  prevHash: str(row, 'prev_hash'),
  hash: str(row, 'hash'),
});

export const toCheckpoint = (row: Row): StoredCheckpoint => ({
  seq: num(row, 'seq'),
  hash: str(row, 'hash'),
  at: date(row, 'at'),
  algorithm: 'Ed25519',
  keyFingerprint: str(row, 'key_fingerprint'),
  signature: str(row, 'signature'),
});

export const toTimestamp = (row: Row): StoredCheckpointTimestamp => {
  const token = row.token;
  if (!(token instanceof Uint8Array))
    throw new DomainError('internal', 'database column token does not hold bytes');
  return {
    checkpointSeq: num(row, 'checkpoint_seq'),
    tsaUrl: str(row, 'tsa_url'),
    token: new Uint8Array(token),
    genTime: date(row, 'gen_time'),
  };
};

export const toCapture = (row: Row): Capture => ({
  id: str(row, 'id'),
  url: str(row, 'url'),
  sha256: str(row, 'sha256'),
  filename: str(row, 'filename'),
  byteSize: num(row, 'byte_size'),
  documentId: strOrNull(row, 'document_id'),
  mediaIds: json(row, 'media_ids') as string[],
  capturedAt: date(row, 'captured_at'),
  createdAt: date(row, 'created_at'),
});
