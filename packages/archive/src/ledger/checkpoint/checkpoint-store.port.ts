import type { SignedCheckpoint } from './checkpoint';

/** An RFC 3161 timestamp over a checkpoint's checkpoint.json bytes. */
export interface StoredTimestamp {
  checkpointSeq: number;
  tsaUrl: string;
  /** The TimeStampResp DER as the TSA sent it. */
  token: Uint8Array;
  genTime: Date;
}

/** Where signed checkpoints and their timestamps are kept. */
export interface CheckpointStore {
  save(cp: SignedCheckpoint): Promise<void>;
  latest(): Promise<SignedCheckpoint | null>;
  /** The earliest checkpoint at or after `seq`: the one that vouches for that entry. */
  firstCovering(seq: number): Promise<SignedCheckpoint | null>;
  addTimestamp(ts: StoredTimestamp): Promise<void>;
  timestamps(checkpointSeq: number): Promise<StoredTimestamp[]>;
}
