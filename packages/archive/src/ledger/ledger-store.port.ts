import type { LedgerEntry } from './ledger-entry';

/**
 * Where ledger entries live. Implementations only store and read; `appendToLedger` computes hashes.
 * `append` must refuse (DomainError 'conflict') an entry whose seq is not latest + 1 or whose
 * prevHash is not the latest hash, so two writers can never fork the chain.
 */
export interface LedgerStore {
  append(entry: LedgerEntry): Promise<void>;
  latest(): Promise<LedgerEntry | null>;
  /** Entries with fromSeq <= seq <= toSeq, in order. */
  range(fromSeq: number, toSeq: number): Promise<LedgerEntry[]>;
  /** Every entry from `fromSeq` (default 1) on, in order; streams. */
  iterate(fromSeq?: number): AsyncIterable<LedgerEntry>;
  /** The entries recording this object (for building a proof bundle). */
  findByObject(objectId: string): Promise<LedgerEntry[]>;
}
