import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../shared/bytes';
import { ledgerWith, steppingClock } from '../ledger.fixture';
import { appendToLedger } from '../append-to-ledger';
import { checkpointFromJson, checkpointPayload, checkpointToJson } from './checkpoint';
import { checkpointIfDue, signCheckpoint } from './checkpoint-if-due';
import { loadOrCreateSigner } from './ed25519-signer';
import { InMemoryCheckpointStore } from './in-memory-checkpoint.store';
import { InMemoryKeyStore } from './in-memory-key.store';
import { publicKeyFingerprint, shortFingerprint } from './public-key';
import { verifyCheckpoint as sut } from './verify-checkpoint';

const at = new Date('2026-05-01T13:00:00.000Z');

describe('signing key', () => {
  it('is made at first start and reused after', async () => {
    const keys = new InMemoryKeyStore();
    const first = await loadOrCreateSigner(keys);
    const again = await loadOrCreateSigner(keys);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(first.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect((await keys.load())?.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('has a fingerprint that is the SHA-256 of its SPKI DER', async () => {
    const signer = await loadOrCreateSigner(new InMemoryKeyStore());
    const der = createPublicKey(signer.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(signer.fingerprint).toBe(createHash('sha256').update(der).digest('hex'));
    expect(await publicKeyFingerprint(signer.publicKeyPem)).toBe(signer.fingerprint);
    expect(shortFingerprint(signer.fingerprint)).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });
});

describe('verifyCheckpoint', () => {
  it('accepts a checkpoint signed by the key, and node:crypto agrees', async () => {
    const signer = await loadOrCreateSigner(new InMemoryKeyStore());
    const { entries } = await ledgerWith(3);
    const cp = signCheckpoint(signer, entries[2]!, at);
    expect(await sut(cp, signer.publicKeyPem)).toEqual({
      ok: true,
      fingerprint: signer.fingerprint,
      problem: null,
    });
    expect(verify(null, checkpointPayload(cp), signer.publicKeyPem, fromBase64(cp.signature))).toBe(true);
  });

  it('rejects another key, and a checkpoint re-labelled with that key', async () => {
    const signer = await loadOrCreateSigner(new InMemoryKeyStore());
    const other = await loadOrCreateSigner(new InMemoryKeyStore());
    const { entries } = await ledgerWith(1);
    const cp = signCheckpoint(signer, entries[0]!, at);
    expect((await sut(cp, other.publicKeyPem)).problem).toMatch(/names key .* not this one/);
    const relabelled = { ...cp, keyFingerprint: other.fingerprint };
    expect(await sut(relabelled, other.publicKeyPem)).toMatchObject({
      ok: false,
      problem: 'the signature does not match the checkpoint and key',
    });
  });

  it('rejects a checkpoint moved to another entry or time', async () => {
    const signer = await loadOrCreateSigner(new InMemoryKeyStore());
    const { entries } = await ledgerWith(2);
    const cp = signCheckpoint(signer, entries[1]!, at);
    expect((await sut({ ...cp, seq: 1, hash: entries[0]!.hash }, signer.publicKeyPem)).ok).toBe(false);
    expect((await sut({ ...cp, at: new Date('2020-01-01T00:00:00Z') }, signer.publicKeyPem)).ok).toBe(false);
  });

  it('round-trips checkpoint.json to the same bytes', async () => {
    const signer = await loadOrCreateSigner(new InMemoryKeyStore());
    const { entries } = await ledgerWith(1);
    const bytes = checkpointToJson(signCheckpoint(signer, entries[0]!, at));
    const back = checkpointFromJson(bytes);
    expect(back && checkpointToJson(back)).toEqual(bytes);
    expect(checkpointFromJson(new TextEncoder().encode('{"format":"x"}'))).toBeNull();
  });
});

describe('checkpointIfDue', () => {
  it('checkpoints the first time, then after N entries or T milliseconds, never twice for one entry', async () => {
    const { ledger } = await ledgerWith(1);
    const clock = steppingClock('2026-05-01T13:00:00.000Z');
    const deps = {
      ledger,
      checkpoints: new InMemoryCheckpointStore(),
      signer: await loadOrCreateSigner(new InMemoryKeyStore()),
      clock,
    };
    const policy = { everyEntries: 3, everyMs: 3_600_000 };
    expect((await checkpointIfDue(deps, policy))?.seq).toBe(1);
    expect(await checkpointIfDue(deps, policy)).toBeNull(); // no new entries
    const append = () =>
      appendToLedger({ ledger, clock }, { kind: 'media', objectId: 'm', sha256: 'a'.repeat(64) });
    await append();
    await append();
    expect(await checkpointIfDue(deps, policy)).toBeNull(); // 2 new entries, 2 seconds
    await append();
    expect((await checkpointIfDue(deps, policy))?.seq).toBe(4);
    await append();
    const later = { ...deps, clock: { now: () => new Date('2026-05-01T15:00:00.000Z') } };
    expect((await checkpointIfDue(later, policy))?.seq).toBe(5);
    expect((await deps.checkpoints.firstCovering(2))?.seq).toBe(4);
  });

  it('does nothing on an empty ledger', async () => {
    const { ledger } = await ledgerWith(0);
    const deps = {
      ledger,
      checkpoints: new InMemoryCheckpointStore(),
      signer: await loadOrCreateSigner(new InMemoryKeyStore()),
      clock: steppingClock(),
    };
    expect(await checkpointIfDue(deps, { everyEntries: 1, everyMs: 1 })).toBeNull();
  });
});
