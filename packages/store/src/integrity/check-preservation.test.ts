import type { BlobStore } from '@corroborate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeHasher } from '../adapters/node-hasher';
import { MemoryBlobStore } from '../blobs/memory-blob-store';
import { aDocument } from '../contract/contract-factories';
import type { ContractStore } from '../contract/contract-harness';
import { aMediaItem } from '../contract/media-factories';
import { sqliteHarness } from '../contract/sqlite-harness';
import { checkPreservation as sut, type PreservationVerifiers } from './check-preservation';

const noCrypto: PreservationVerifiers = {
  checkpointSignature: () => Promise.resolve(null),
  timestampToken: () => Promise.resolve(null),
};

let t: ContractStore;
beforeEach(async () => {
  t = await sqliteHarness().open();
});
afterEach(() => t.dispose());

const check = (blobs: BlobStore = new MemoryBlobStore(), verifiers = noCrypto) =>
  sut({ store: t.store, blobs, hasher: nodeHasher, verifiers });

describe('checkPreservation', () => {
  it('passes and counts when nothing was touched', async () => {
    const blobs = new MemoryBlobStore();
    const { sha256 } = await blobs.put(new Uint8Array([1, 2, 3]));
    await t.store.documents.insertOrGetBySha(aDocument());
    await t.store.media.insertOrGetBySha({ ...aMediaItem('a'), sha256 });
    const latest = (await t.store.ledger.latest())!;
    await t.store.checkpoints.save({
      seq: latest.seq,
      hash: latest.hash,
      at: latest.at,
      algorithm: 'Ed25519',
      keyFingerprint: 'f'.repeat(64),
      signature: 'AA==',
    });
    expect(await check(blobs)).toEqual({
      ok: true,
      blobs: 1,
      ledgerEntries: 2,
      checkpoints: 1,
      timestamps: 0,
    });
  });

  it('names a blob whose bytes no longer match its name', async () => {
    const liar: BlobStore = {
      put: () => Promise.reject(new Error('unused')),
      has: () => Promise.resolve(true),
      get: () => Promise.resolve(new Uint8Array([9])),
      // eslint-disable-next-line @typescript-eslint/require-await
      list: async function* () {
        yield 'a'.repeat(64);
      },
    };
    expect(await check(liar)).toEqual({
      ok: false,
      problem: `blob ${'a'.repeat(64)} was changed: its bytes no longer hash to its name`,
    });
  });

  it('names an entry whose content was changed, and a stored object missing from the ledger', async () => {
    const { document } = await t.store.documents.insertOrGetBySha(aDocument());
    await t.store.documents.insertOrGetBySha(aDocument({ text: 'second' }));
    await t.sql('DROP TRIGGER ledger_entries_no_update');
    await t.sql(`UPDATE ledger_entries SET sha256 = '${'0'.repeat(64)}' WHERE seq = 1`);
    expect(await check()).toEqual({
      ok: false,
      problem: `ledger entry 1 (document ${document.id}) was changed: its content no longer matches its hash`,
    });
    await t.sql('DROP TRIGGER ledger_entries_no_delete');
    await t.sql('DELETE FROM ledger_entries');
    await t.store.documents.insertOrGetBySha(aDocument({ text: 'third' }));
    expect(await check()).toMatchObject({
      ok: false,
      problem: `document ${document.id} has no ledger entry with its SHA-256 (entry deleted or object replaced)`,
    });
  });

  it('names a checkpoint whose entry changed, and passes on what the signature checker says', async () => {
    await t.store.documents.insertOrGetBySha(aDocument());
    const e = (await t.store.ledger.latest())!;
    const cp = {
      seq: 1,
      hash: e.hash,
      at: e.at,
      algorithm: 'Ed25519' as const,
      keyFingerprint: 'f'.repeat(64),
      signature: 'AA==',
    };
    await t.store.checkpoints.save(cp);
    const badSignature = {
      ...noCrypto,
      checkpointSignature: () => Promise.resolve('the signature does not match'),
    };
    expect(await check(undefined, badSignature)).toEqual({
      ok: false,
      problem: 'checkpoint 1: the signature does not match',
    });
    await t.sql(`UPDATE ledger_checkpoints SET hash = '${'b'.repeat(64)}'`);
    expect(await check()).toEqual({
      ok: false,
      problem: 'checkpoint 1: ledger entry 1 no longer has the signed hash',
    });
  });
});
