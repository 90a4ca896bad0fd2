import type {
  BlobStore,
  Hasher,
  Repositories,
  StoredCheckpoint,
  StoredCheckpointTimestamp,
  StoredLedgerEntry,
} from '@corroborate/core';
import { checkBlobs } from './check-blobs';
import { walkLedger } from './walk-ledger';

/** Crypto checks the caller supplies (the archive library): each returns a problem in words, or null. */
export interface PreservationVerifiers {
  checkpointSignature(cp: StoredCheckpoint): Promise<string | null>;
  timestampToken(cp: StoredCheckpoint, ts: StoredCheckpointTimestamp): Promise<string | null>;
}

export interface PreservationDeps {
  store: Pick<Repositories, 'ledger' | 'checkpoints' | 'documents' | 'media' | 'captures'>;
  blobs: BlobStore;
  hasher: Hasher;
  verifiers: PreservationVerifiers;
}

export type PreservationReport =
  | { ok: true; blobs: number; ledgerEntries: number; checkpoints: number; timestamps: number }
  | { ok: false; problem: string };

type Step = { ok: true } | { ok: false; problem: string };

async function checkCheckpoints(
  deps: PreservationDeps,
  counts: { checkpoints: number; timestamps: number },
): Promise<Step> {
  for await (const cp of deps.store.checkpoints.iterate()) {
    const [entry] = await deps.store.ledger.range(cp.seq, cp.seq);
    if (!entry) return { ok: false, problem: `checkpoint ${cp.seq}: ledger entry ${cp.seq} is missing` };
    if (entry.hash !== cp.hash)
      return {
        ok: false,
        problem: `checkpoint ${cp.seq}: ledger entry ${cp.seq} no longer has the signed hash`,
      };
    const bad = await deps.verifiers.checkpointSignature(cp);
    if (bad) return { ok: false, problem: `checkpoint ${cp.seq}: ${bad}` };
    for (const ts of await deps.store.checkpoints.timestamps(cp.seq)) {
      const tsBad = await deps.verifiers.timestampToken(cp, ts);
      if (tsBad)
        return { ok: false, problem: `timestamp of checkpoint ${cp.seq} from ${ts.tsaUrl}: ${tsBad}` };
      counts.timestamps += 1;
    }
    counts.checkpoints += 1;
  }
  return { ok: true };
}

/** Objects stored since the ledger began must each have an entry with their SHA-256. */
async function checkObjectsRecorded(deps: PreservationDeps, first: StoredLedgerEntry | null): Promise<Step> {
  if (!first) return { ok: true };
  const since = first.at.getTime();
  const check = async (kind: string, id: string, sha256: string, createdAt: Date): Promise<Step> => {
    if (createdAt.getTime() < since) return { ok: true };
    const entries = await deps.store.ledger.findByObject(id);
    if (!entries.some((e) => e.sha256 === sha256))
      return {
        ok: false,
        problem: `${kind} ${id} has no ledger entry with its SHA-256 (entry deleted or object replaced)`,
      };
    return { ok: true };
  };
  for await (const d of deps.store.documents.iterate()) {
    const r = await check('document', d.id, d.sha256, d.createdAt);
    if (!r.ok) return r;
  }
  for await (const m of deps.store.media.iterate()) {
    const r = await check('media item', m.id, m.sha256, m.createdAt);
    if (!r.ok) return r;
  }
  for await (const c of deps.store.captures.iterate()) {
    const r = await check('capture', c.id, c.sha256, c.createdAt);
    if (!r.ok) return r;
    if (!(await deps.blobs.has(c.sha256)))
      return { ok: false, problem: `capture ${c.id}: its WARC ${c.sha256} is missing from the blob store` };
  }
  return { ok: true };
}

/**
 * Checks everything kept as evidence: every blob re-hashed, the ledger chain walked from entry 1,
 * every checkpoint against its entry and signature, every timestamp token, and that each object
 * stored since the ledger began is in it. Stops at the first problem and names it.
 */
export async function checkPreservation(deps: PreservationDeps): Promise<PreservationReport> {
  const blobs = await checkBlobs(deps.blobs, deps.hasher);
  if (!blobs.ok) return blobs;
  const walk = await walkLedger(deps.store.ledger, deps.hasher);
  if (!walk.ok) return { ok: false, problem: walk.problem };
  const counts = { checkpoints: 0, timestamps: 0 };
  const cps = await checkCheckpoints(deps, counts);
  if (!cps.ok) return cps;
  const [first] = await deps.store.ledger.range(1, 1);
  const objects = await checkObjectsRecorded(deps, first ?? null);
  if (!objects.ok) return objects;
  return { ok: true, blobs: blobs.count, ledgerEntries: walk.count, ...counts };
}
