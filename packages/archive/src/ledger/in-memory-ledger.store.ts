import { DomainError } from '@corroborate/core';
import { GENESIS_HASH } from './ledger-entry';
import type { LedgerEntry } from './ledger-entry';
import type { LedgerStore } from './ledger-store.port';

/** LedgerStore in memory, for tests and tools; enforces the same append rule as a real store. */
export class InMemoryLedgerStore implements LedgerStore {
  private readonly entries: LedgerEntry[] = [];

  append(entry: LedgerEntry): Promise<void> {
    const last = this.entries.at(-1);
    if (entry.seq !== (last?.seq ?? 0) + 1 || entry.prevHash !== (last?.hash ?? GENESIS_HASH)) {
      return Promise.reject(
        new DomainError('conflict', `ledger entry ${entry.seq} does not follow entry ${last?.seq ?? 0}`),
      );
    }
    this.entries.push({ ...entry });
    return Promise.resolve();
  }

  latest(): Promise<LedgerEntry | null> {
    const last = this.entries.at(-1);
    return Promise.resolve(last ? { ...last } : null);
  }

  range(fromSeq: number, toSeq: number): Promise<LedgerEntry[]> {
    return Promise.resolve(
      this.entries.filter((e) => e.seq >= fromSeq && e.seq <= toSeq).map((e) => ({ ...e })),
    );
  }

  async *iterate(fromSeq = 1): AsyncIterable<LedgerEntry> {
    for (const e of await this.range(fromSeq, Number.MAX_SAFE_INTEGER)) yield e;
  }

  findByObject(objectId: string): Promise<LedgerEntry[]> {
    return Promise.resolve(this.entries.filter((e) => e.objectId === objectId).map((e) => ({ ...e })));
  }
}
