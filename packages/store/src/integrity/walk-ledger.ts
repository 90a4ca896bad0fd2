import { GENESIS_HASH, type Hasher, type LedgerRepository, type StoredLedgerEntry } from '@corroborate/core';
import { ledgerEntryHash } from '../shared/ledger-row.mapper';

/** What walking the whole ledger found: counts, or the first problem in words. */
export type LedgerWalk =
  { ok: true; count: number; last: StoredLedgerEntry | null } | { ok: false; seq: number; problem: string };

function problemAt(e: StoredLedgerEntry, prev: StoredLedgerEntry | null, hasher: Hasher): string | null {
  const expectedSeq = (prev?.seq ?? 0) + 1;
  if (e.seq !== expectedSeq)
    return e.seq > expectedSeq
      ? `ledger entry ${expectedSeq} is missing (entry ${e.seq} follows entry ${prev?.seq ?? 0})`
      : `ledger entry ${e.seq} is out of order`;
  if (e.prevHash !== (prev?.hash ?? GENESIS_HASH))
    return `ledger entry ${e.seq} does not link to the hash of entry ${prev?.seq ?? 'genesis'}`;
  if (ledgerEntryHash(e, hasher) !== e.hash)
    return `ledger entry ${e.seq} (${e.kind} ${e.objectId}) was changed: its content no longer matches its hash`;
  return null;
}

/** Streams the ledger from entry 1, recomputing every hash and link; stops at the first problem. */
export async function walkLedger(ledger: LedgerRepository, hasher: Hasher): Promise<LedgerWalk> {
  let prev: StoredLedgerEntry | null = null;
  let count = 0;
  for await (const e of ledger.iterate(1)) {
    const problem = problemAt(e, prev, hasher);
    if (problem) return { ok: false, seq: e.seq, problem };
    prev = e;
    count += 1;
  }
  return { ok: true, count, last: prev };
}
