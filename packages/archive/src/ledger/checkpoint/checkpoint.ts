import { isSha256Hex } from '../../shared/sha256';
import { utf8 } from '../../shared/bytes';
import { parseJsonObject } from '../../shared/json';

/** A point in the ledger: the entry at `seq` had this hash at this time. */
export interface Checkpoint {
  seq: number;
  hash: string;
  at: Date;
}

/** A checkpoint signed with the instance's Ed25519 key. */
export interface SignedCheckpoint extends Checkpoint {
  algorithm: 'Ed25519';
  /** SHA-256 of the public key's SPKI DER, lowercase hex. */
  keyFingerprint: string;
  /** Base64 Ed25519 signature over `checkpointPayload`. */
  signature: string;
}

const FORMAT = 'corroborate-checkpoint/1';

/** The exact bytes the signature covers: UTF-8 of ["corroborate-checkpoint/1", seq, hash, at]. */
export const checkpointPayload = (cp: Checkpoint): Uint8Array =>
  utf8(JSON.stringify([FORMAT, cp.seq, cp.hash, cp.at.toISOString()]));

/**
 * checkpoint.json bytes, always the same for the same checkpoint: trusted timestamps are taken over
 * exactly these bytes, so they must be reproducible.
 */
export function checkpointToJson(cp: SignedCheckpoint): Uint8Array {
  const { seq, hash, at, algorithm, keyFingerprint, signature } = cp;
  const doc = { format: FORMAT, seq, hash, at: at.toISOString(), algorithm, keyFingerprint, signature };
  return utf8(JSON.stringify(doc, null, 2) + '\n');
}

/** Reads checkpoint.json; null when it is not a well-formed signed checkpoint. */
export function checkpointFromJson(bytes: Uint8Array): SignedCheckpoint | null {
  const v = parseJsonObject(bytes);
  const at = typeof v?.at === 'string' ? new Date(v.at) : null;
  const ok =
    v?.format === FORMAT &&
    Number.isSafeInteger(v.seq) &&
    isSha256Hex(v.hash) &&
    at !== null &&
    !Number.isNaN(at.getTime()) &&
    v.algorithm === 'Ed25519' &&
    isSha256Hex(v.keyFingerprint) &&
    typeof v.signature === 'string';
  if (!ok) return null;
  return {
    seq: v.seq as number,
    hash: v.hash as string,
    at,
    algorithm: 'Ed25519',
    keyFingerprint: v.keyFingerprint as string,
    signature: v.signature as string,
  };
}
