import { createHash } from 'node:crypto';
import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { appendToLedger } from './append-to-ledger';
import { InMemoryLedgerStore } from './in-memory-ledger.store';
import { GENESIS_HASH, hashLedgerEntry, ledgerPayload } from './ledger-entry';
import { fakeSha, ledgerWith, steppingClock } from './ledger.fixture';
import { ledgerFromJsonl, ledgerToJsonl } from './ledger-jsonl';
import { verifyLedger as sut } from './verify-ledger';

describe('appendToLedger', () => {
  it('chains entries from the genesis hash, one seq at a time', async () => {
    const { entries } = await ledgerWith(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash);
  });

  it('hashes the documented payload: SHA-256 of the JSON array [seq, at, kind, objectId, sha256, prevHash]', async () => {
    const { entries } = await ledgerWith(1);
    const e = entries[0]!;
    const text = `[1,"2026-05-01T12:00:00.000Z","media","obj_1","${fakeSha(1)}","${GENESIS_HASH}"]`;
    expect(ledgerPayload(e)).toBe(text);
    expect(e.hash).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('rejects a bad kind, an empty id and a malformed sha256', async () => {
    const deps = { ledger: new InMemoryLedgerStore(), clock: steppingClock() };
    const bad = [
      { kind: 'photo' as never, objectId: 'x', sha256: fakeSha(1) },
      { kind: 'media' as const, objectId: '', sha256: fakeSha(1) },
      { kind: 'media' as const, objectId: 'x', sha256: 'ABC' },
    ];
    for (const input of bad) {
      const err = await appendToLedger(deps, input).catch((e: unknown) => e);
      expect(isDomainError(err) && err.code).toBe('validation_failed');
    }
    expect(await deps.ledger.latest()).toBeNull();
  });

  it('serialises concurrent appends into one chain by retrying the loser', async () => {
    const deps = { ledger: new InMemoryLedgerStore(), clock: steppingClock() };
    const all = await Promise.all(
      [1, 2, 3].map((n) => appendToLedger(deps, { kind: 'media', objectId: `m${n}`, sha256: fakeSha(n) })),
    );
    expect(all.map((e) => e.seq).sort()).toEqual([1, 2, 3]);
    expect((await sut(await deps.ledger.range(1, 3))).ok).toBe(true);
  });

  it('lets the store refuse an entry that would fork the chain', async () => {
    const { ledger, entries } = await ledgerWith(2);
    const fork = { ...entries[1]!, objectId: 'other' };
    const err = await ledger.append(fork).catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('conflict');
  });
});

describe('InMemoryLedgerStore', () => {
  it('serves ranges, iteration from a seq, and lookup by object', async () => {
    const { ledger } = await ledgerWith(5);
    expect((await ledger.range(2, 4)).map((e) => e.seq)).toEqual([2, 3, 4]);
    const seen: number[] = [];
    for await (const e of ledger.iterate(4)) seen.push(e.seq);
    expect(seen).toEqual([4, 5]);
    expect((await ledger.findByObject('obj_3')).map((e) => e.seq)).toEqual([3]);
    expect((await ledger.latest())?.seq).toBe(5);
  });
});

describe('verifyLedger', () => {
  it('accepts an intact chain and a slice that starts after entry 1', async () => {
    const { entries } = await ledgerWith(6);
    expect(await sut(entries)).toEqual({ ok: true, count: 6, firstSeq: 1, lastSeq: 6, problem: null });
    expect((await sut(entries.slice(2))).ok).toBe(true);
  });

  it('names the entry whose content was changed', async () => {
    const { entries } = await ledgerWith(6);
    entries[3] = { ...entries[3]!, sha256: fakeSha(999) };
    expect((await sut(entries)).problem).toMatchObject({ seq: 4, code: 'hash_mismatch' });
  });

  it('names the next entry when a changed entry was also re-hashed', async () => {
    const { entries } = await ledgerWith(6);
    const changed = { ...entries[3]!, sha256: fakeSha(999) };
    entries[3] = { ...changed, hash: await hashLedgerEntry(changed) };
    expect((await sut(entries)).problem).toMatchObject({ seq: 5, code: 'broken_link' });
  });

  it('names the gap where an entry was deleted', async () => {
    const { entries } = await ledgerWith(6);
    entries.splice(2, 1);
    const { problem } = await sut(entries);
    expect(problem).toMatchObject({ seq: 4, code: 'seq_gap' });
    expect(problem?.message).toBe('entry 3 is missing: entry 4 follows entry 2');
  });

  it('catches a first entry that does not start from genesis, and an empty run', async () => {
    const { entries } = await ledgerWith(2);
    const forged = { ...entries[0]!, prevHash: fakeSha(7) };
    entries[0] = { ...forged, hash: await hashLedgerEntry(forged) };
    expect((await sut(entries)).problem?.code).toBe('bad_start');
    expect((await sut([])).problem?.code).toBe('empty');
  });
});

describe('ledger JSON Lines', () => {
  it('round-trips entries, times exact regardless of the process time zone', async () => {
    const { entries } = await ledgerWith(4);
    const back = ledgerFromJsonl(ledgerToJsonl(entries));
    expect(back.badLines).toEqual([]);
    expect(back.entries).toEqual(entries);
    expect((await sut(back.entries)).ok).toBe(true);
  });

  it('reports malformed lines by number', async () => {
    const { entries } = await ledgerWith(2);
    const text = new TextDecoder().decode(ledgerToJsonl(entries)) + '{"seq":"x"}\nnot json\n';
    expect(ledgerFromJsonl(new TextEncoder().encode(text)).badLines).toEqual([3, 4]);
  });
});
