import { GENESIS_HASH, hashLedgerEntry } from './ledger-entry';
import type { LedgerEntry } from './ledger-entry';

export type LedgerProblemCode = 'empty' | 'bad_start' | 'seq_gap' | 'broken_link' | 'hash_mismatch';

/** The first thing wrong with a run of ledger entries, at the entry where it shows. */
export interface LedgerProblem {
  seq: number;
  code: LedgerProblemCode;
  message: string;
}

export interface LedgerVerification {
  ok: boolean;
  count: number;
  firstSeq: number | null;
  lastSeq: number | null;
  problem: LedgerProblem | null;
}

async function problemAt(e: LedgerEntry, prev: LedgerEntry | undefined): Promise<LedgerProblem | null> {
  if (!prev && e.seq === 1 && e.prevHash !== GENESIS_HASH) {
    return { seq: 1, code: 'bad_start', message: 'entry 1 does not start from the genesis hash' };
  }
  if (prev && e.seq !== prev.seq + 1) {
    const missing = e.seq > prev.seq + 1 ? `entry ${prev.seq + 1} is missing: ` : '';
    return { seq: e.seq, code: 'seq_gap', message: `${missing}entry ${e.seq} follows entry ${prev.seq}` };
  }
  if (prev && e.prevHash !== prev.hash) {
    return {
      seq: e.seq,
      code: 'broken_link',
      message: `entry ${e.seq} does not link to the hash of entry ${prev.seq}`,
    };
  }
  if ((await hashLedgerEntry(e)) !== e.hash) {
    return {
      seq: e.seq,
      code: 'hash_mismatch',
      message: `entry ${e.seq} was changed: its content no longer matches its hash`,
    };
  }
  return null;
}

/**
 * Checks a run of consecutive entries: each hash recomputes, each links to the one before, no seq is
 * skipped, and entry 1 starts from the genesis hash. A run may start after 1 (a bundle's slice); its
 * first link is then vouched for by the signed checkpoint at its end, not here.
 */
export async function verifyLedger(entries: readonly LedgerEntry[]): Promise<LedgerVerification> {
  const first = entries[0];
  const last = entries.at(-1);
  const base = { count: entries.length, firstSeq: first?.seq ?? null, lastSeq: last?.seq ?? null };
  if (!first)
    return { ok: false, ...base, problem: { seq: 0, code: 'empty', message: 'the ledger has no entries' } };
  for (let i = 0; i < entries.length; i++) {
    const problem = await problemAt(entries[i]!, entries[i - 1]);
    if (problem) return { ok: false, ...base, problem };
  }
  return { ok: true, ...base, problem: null };
}
