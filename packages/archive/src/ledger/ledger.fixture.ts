import type { Clock } from '@corroborate/core';
import { appendToLedger } from './append-to-ledger';
import { InMemoryLedgerStore } from './in-memory-ledger.store';
import type { LedgerEntry, LedgerKind } from './ledger-entry';

/** A clock that moves one second per reading, from a fixed start. */
export function steppingClock(start = '2026-05-01T12:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000) - 1000) };
}

/** A fake SHA-256 made from a number, so tests can tell objects apart. */
export const fakeSha = (n: number): string => n.toString(16).padStart(64, '0');

/** A store holding `count` entries, cycling through the kinds. */
export async function ledgerWith(
  count: number,
): Promise<{ ledger: InMemoryLedgerStore; entries: LedgerEntry[] }> {
  const ledger = new InMemoryLedgerStore();
  const deps = { ledger, clock: steppingClock() };
  const kinds: LedgerKind[] = ['document', 'media', 'capture', 'audit'];
  const entries: LedgerEntry[] = [];
  for (let i = 1; i <= count; i++) {
    entries.push(
      await appendToLedger(deps, { kind: kinds[i % 4]!, objectId: `obj_${i}`, sha256: fakeSha(i) }),
    );
  }
  return { ledger, entries };
}
