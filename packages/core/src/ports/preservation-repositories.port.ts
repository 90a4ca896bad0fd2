/** What a ledger entry vouches for: stored evidence, or an audit event. */
export const LEDGER_ENTRY_KINDS = ['document', 'media', 'capture', 'audit'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/**
 * One line of the append-only, hash-chained ledger (the same shape as `@corroborate/archive`'s
 * LedgerEntry, so a LedgerRepository is also the archive's LedgerStore).
 */
export interface StoredLedgerEntry {
  seq: number;
  at: Date;
  kind: LedgerEntryKind;
  objectId: string;
  /** SHA-256 of the object's bytes; for audit events, the event's own hash. */
  sha256: string;
  prevHash: string;
  hash: string;
}

export interface LedgerRepository {
  /** Stores a finished entry. @throws DomainError('conflict') when seq is not latest + 1 or prevHash is not the latest hash. */
  append(entry: StoredLedgerEntry): Promise<void>;
  /** Chains, hashes and stores an entry for an object in one atomic step (the store computes the hash). */
  record(input: { kind: LedgerEntryKind; objectId: string; sha256: string }): Promise<StoredLedgerEntry>;
  latest(): Promise<StoredLedgerEntry | null>;
  /** Entries with fromSeq <= seq <= toSeq, in order. */
  range(fromSeq: number, toSeq: number): Promise<StoredLedgerEntry[]>;
  /** Every entry from `fromSeq` (default 1) on, in order; streams. */
  iterate(fromSeq?: number): AsyncIterable<StoredLedgerEntry>;
  /** Entries recording this object, oldest first. */
  findByObject(objectId: string): Promise<StoredLedgerEntry[]>;
}

/** A ledger checkpoint signed with the instance's Ed25519 key (the archive's SignedCheckpoint). */
export interface StoredCheckpoint {
  seq: number;
  hash: string;
  at: Date;
  algorithm: 'Ed25519';
  keyFingerprint: string;
  /** Base64 signature. */
  signature: string;
}

/** An RFC 3161 TimeStampResp over a checkpoint's checkpoint.json bytes. */
export interface StoredCheckpointTimestamp {
  checkpointSeq: number;
  tsaUrl: string;
  token: Uint8Array;
  genTime: Date;
}

export interface CheckpointRepository {
  /** @throws DomainError('conflict') when a checkpoint at or after this seq exists. */
  save(cp: StoredCheckpoint): Promise<void>;
  latest(): Promise<StoredCheckpoint | null>;
  /** The earliest checkpoint at or after `seq`. */
  firstCovering(seq: number): Promise<StoredCheckpoint | null>;
  /** Oldest first; streams. */
  iterate(): AsyncIterable<StoredCheckpoint>;
  addTimestamp(ts: StoredCheckpointTimestamp): Promise<void>;
  /** In the order they were added. */
  timestamps(checkpointSeq: number): Promise<StoredCheckpointTimestamp[]>;
}

/** A web capture: the WARC lives in the blob store under `sha256`. */
export interface Capture {
  id: string;
  /** The URL as asked for. */
  url: string;
  /** SHA-256 of the WARC bytes. */
  sha256: string;
  /** WARC file name (`<id>.warc.gz`). */
  filename: string;
  byteSize: number;
  /** The page's text as a document, when it had any. */
  documentId: string | null;
  /** Media items captured with the page, in page order. */
  mediaIds: string[];
  capturedAt: Date;
  createdAt: Date;
}

export type NewCapture = Omit<Capture, 'id' | 'createdAt'>;

export interface CaptureRepository {
  create(capture: NewCapture): Promise<Capture>;
  get(id: string): Promise<Capture | null>;
  /** Captures whose page document or any image is one of these ids, oldest first. */
  findByObjects(ids: readonly string[]): Promise<Capture[]>;
  /** All, oldest first; streams. */
  iterate(): AsyncIterable<Capture>;
}
