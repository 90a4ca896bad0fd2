import type { Clock } from '@corroborate/core';
import { DomainError, isDomainError } from '@corroborate/core';
import { isSha256Hex } from '../shared/sha256';
import { GENESIS_HASH, LEDGER_KINDS, hashLedgerEntry } from './ledger-entry';
import type { LedgerEntry, LedgerKind } from './ledger-entry';
import type { LedgerStore } from './ledger-store.port';

const MAX_ATTEMPTS = 5;

export interface LedgerAppend {
  kind: LedgerKind;
  objectId: string;
  sha256: string;
}

/** Records an object in the ledger: next seq, chained to the latest entry, hashed; retries lost races. */
export async function appendToLedger(
  deps: { ledger: LedgerStore; clock: Clock },
  input: LedgerAppend,
): Promise<LedgerEntry> {
  if (!LEDGER_KINDS.includes(input.kind)) {
    throw new DomainError(
      'validation_failed',
      `ledger kind "${String(input.kind)}" is not one of ${LEDGER_KINDS.join(', ')}`,
    );
  }
  if (!input.objectId || input.objectId.length > 200) {
    throw new DomainError('validation_failed', 'ledger objectId must be 1 to 200 characters');
  }
  if (!isSha256Hex(input.sha256)) {
    throw new DomainError(
      'validation_failed',
      `ledger sha256 for ${input.objectId} is not 64 lowercase hex digits`,
    );
  }
  // Two writers may read the same latest entry; the store refuses the second, which then re-reads.
  for (let attempt = 1; ; attempt++) {
    const last = await deps.ledger.latest();
    const unhashed = {
      seq: (last?.seq ?? 0) + 1,
      at: deps.clock.now(),
      kind: input.kind,
      objectId: input.objectId,
      sha256: input.sha256,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const entry = { ...unhashed, hash: await hashLedgerEntry(unhashed) };
    try {
      await deps.ledger.append(entry);
      return entry;
    } catch (err) {
      if (!isDomainError(err) || err.code !== 'conflict' || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
