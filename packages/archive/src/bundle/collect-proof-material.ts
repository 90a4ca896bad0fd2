import { DomainError } from '@corroborate/core';
import type { SignedCheckpoint } from '../ledger/checkpoint/checkpoint';
import type { CheckpointStore, StoredTimestamp } from '../ledger/checkpoint/checkpoint-store.port';
import type { LedgerEntry, LedgerKind } from '../ledger/ledger-entry';
import type { LedgerStore } from '../ledger/ledger-store.port';

/** An object a bundle will hold, as the ledger knows it. */
export interface BundledObject {
  kind: Exclude<LedgerKind, 'audit'>;
  objectId: string;
  sha256: string;
}

export interface ProofMaterial {
  ledger: LedgerEntry[];
  checkpoint: SignedCheckpoint;
  timestamps: StoredTimestamp[];
}

/**
 * The ledger slice, checkpoint and timestamps a bundle of these objects needs: from the earliest entry
 * recording one of them up to the first checkpoint after the latest. Fails when an object is not in the
 * ledger, or when no checkpoint covers it yet (run the checkpoint job first).
 */
export async function collectProofMaterial(
  deps: { ledger: LedgerStore; checkpoints: CheckpointStore },
  objects: readonly BundledObject[],
): Promise<ProofMaterial> {
  if (objects.length === 0) throw new DomainError('empty_input', 'a proof bundle needs at least one object');
  const seqs: number[] = [];
  for (const o of objects) {
    const entry = (await deps.ledger.findByObject(o.objectId)).find(
      (e) => e.kind === o.kind && e.sha256 === o.sha256,
    );
    if (!entry)
      throw new DomainError(
        'not_found',
        `${o.kind} ${o.objectId} with sha256 ${o.sha256.slice(0, 12)}… is not in the ledger`,
      );
    seqs.push(entry.seq);
  }
  const latest = Math.max(...seqs);
  const checkpoint = await deps.checkpoints.firstCovering(latest);
  if (!checkpoint)
    throw new DomainError(
      'conflict',
      `no checkpoint covers ledger entry ${latest} yet; run the checkpoint job first`,
    );
  const [ledger, timestamps] = await Promise.all([
    deps.ledger.range(Math.min(...seqs), checkpoint.seq),
    deps.checkpoints.timestamps(checkpoint.seq),
  ]);
  return { ledger, checkpoint, timestamps };
}
