import { GENESIS_HASH, type AuditEvent } from '../domain/audit-event';
import type { Hasher } from '../ports/hasher.port';
import { computeAuditHash } from './audit-hash';

export type AuditChainProblem = 'hash_mismatch' | 'broken_link' | 'gap';

export type AuditChainResult =
  | {
      ok: true;
      count: number;
      /** Hash of the last entry (the start's when none): keep it to detect truncation later. */ lastHash: string;
    }
  | { ok: false; seq: number; problem: AuditChainProblem; message: string };

export interface VerifyAuditOptions {
  /** A trusted checkpoint (a `lastHash` kept from an earlier run): the entries given must follow it. */
  after?: { seq: number; hash: string };
}

type Failure = Extract<AuditChainResult, { ok: false }>;

/** Checks entries one at a time, in order; shared by the sync and async verifiers. */
const chainChecker = (hasher: Hasher, opts: VerifyAuditOptions) => {
  let prev: { seq: number; hash: string } = opts.after ?? { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  const check = (e: AuditEvent): Failure | null => {
    const expectedSeq = prev.seq + 1;
    const expectedPrev = prev.hash;
    const fail = (problem: AuditChainProblem, message: string): Failure => ({
      ok: false,
      seq: e.seq,
      problem,
      message: `audit entry ${e.seq}: ${message}`,
    });
    if (e.seq !== expectedSeq)
      return fail(
        'gap',
        `expected seq ${expectedSeq} next, found ${e.seq} (entries missing or out of order)`,
      );
    if (e.prevHash !== expectedPrev)
      return fail(
        'broken_link',
        'its previous-hash does not match the entry before it (an entry was removed or rewritten)',
      );
    let actual: string;
    try {
      actual = computeAuditHash(hasher, e);
    } catch {
      return fail('hash_mismatch', 'its content cannot be hashed (invalid time?)');
    }
    if (actual !== e.hash)
      return fail('hash_mismatch', 'its stored hash does not match its content (the entry was edited)');
    prev = { seq: e.seq, hash: e.hash };
    count += 1;
    return null;
  };
  const done = (): AuditChainResult => ({ ok: true, count, lastHash: prev.hash });
  return { check, done };
};

/**
 * Verifies a hash-chained audit log, in seq order, and names the first broken entry:
 * an edited entry fails `hash_mismatch`; a removed entry shows as a `gap` in seq, or a
 * `broken_link` when seqs were renumbered. Streams: nothing is held but the previous entry.
 */
export const verifyAuditChain = async (
  entries: AsyncIterable<AuditEvent> | Iterable<AuditEvent>,
  hasher: Hasher,
  opts: VerifyAuditOptions = {},
): Promise<AuditChainResult> => {
  const checker = chainChecker(hasher, opts);
  for await (const e of entries) {
    const failure = checker.check(e);
    if (failure !== null) return failure;
  }
  return checker.done();
};

/** `verifyAuditChain` for entries already in memory. */
export const verifyAuditChainSync = (
  entries: Iterable<AuditEvent>,
  hasher: Hasher,
  opts: VerifyAuditOptions = {},
): AuditChainResult => {
  const checker = chainChecker(hasher, opts);
  for (const e of entries) {
    const failure = checker.check(e);
    if (failure !== null) return failure;
  }
  return checker.done();
};
