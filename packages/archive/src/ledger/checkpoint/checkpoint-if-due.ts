import type { Clock } from '@corroborate/core';
import { toBase64 } from '../../shared/bytes';
import type { LedgerEntry } from '../ledger-entry';
import type { LedgerStore } from '../ledger-store.port';
import { checkpointPayload } from './checkpoint';
import type { SignedCheckpoint } from './checkpoint';
import type { CheckpointStore } from './checkpoint-store.port';
import type { CheckpointSigner } from './ed25519-signer';

/** How often to checkpoint: after this many new entries, or this long after the last checkpoint. */
export interface CheckpointPolicy {
  everyEntries: number;
  everyMs: number;
}

/** Signs a checkpoint over a ledger entry. */
export function signCheckpoint(signer: CheckpointSigner, entry: LedgerEntry, at: Date): SignedCheckpoint {
  const cp = { seq: entry.seq, hash: entry.hash, at };
  const signature = toBase64(signer.sign(checkpointPayload(cp)));
  return { ...cp, algorithm: 'Ed25519', keyFingerprint: signer.fingerprint, signature };
}

/**
 * Signs and saves a checkpoint over the latest entry when the policy says one is due and there are
 * entries since the last one; returns it, or null when nothing was due. Idempotent: run it from a job.
 */
export async function checkpointIfDue(
  deps: { ledger: LedgerStore; checkpoints: CheckpointStore; signer: CheckpointSigner; clock: Clock },
  policy: CheckpointPolicy,
): Promise<SignedCheckpoint | null> {
  const [entry, last] = await Promise.all([deps.ledger.latest(), deps.checkpoints.latest()]);
  if (!entry || (last && entry.seq <= last.seq)) return null;
  const now = deps.clock.now();
  const due =
    !last ||
    entry.seq - last.seq >= policy.everyEntries ||
    now.getTime() - last.at.getTime() >= policy.everyMs;
  if (!due) return null;
  const cp = signCheckpoint(deps.signer, entry, now);
  await deps.checkpoints.save(cp);
  return cp;
}
