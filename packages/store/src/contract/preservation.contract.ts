import { verifyLedger } from '@corroborate/archive';
import { GENESIS_HASH, isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { aDocument } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';
import { aMediaItem, hexOf } from './media-factories';

const codeOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'resolved',
    (err: unknown) => (isDomainError(err) ? err.code : String(err)),
  );

export function preservationContract(h: ContractHarness): void {
  describe('ledger', () => {
    const t = useContractStore(h);

    it('records each new document, media item and audit event once, as a chain the archive verifies', async () => {
      const { store, clock } = t();
      clock.set('2014-06-12T21:30:05.123Z');
      const doc = await store.documents.insertOrGetBySha(aDocument({ text: 'قتل 12 شخصا في السوق' }));
      await store.documents.insertOrGetBySha(aDocument({ text: 'قتل 12 شخصا في السوق' }));
      clock.advance(7);
      const media = await store.media.insertOrGetBySha(aMediaItem('p1'));
      const event = await store.audit.append({
        actorId: null,
        action: 'test.done',
        entityType: 'document',
        entityId: doc.document.id,
        before: null,
        after: { ok: true },
      });
      const entries = await store.ledger.range(1, 100);
      expect(entries.map((e) => [e.kind, e.objectId, e.sha256])).toEqual([
        ['document', doc.document.id, doc.document.sha256],
        ['media', media.media.id, media.media.sha256],
        ['audit', `audit:${event.seq}`, event.hash],
      ]);
      expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
      expect(entries[1]?.at.toISOString()).toBe('2014-06-12T21:30:05.130Z');
      expect(await verifyLedger(entries)).toMatchObject({ ok: true });
      expect(await store.ledger.findByObject(media.media.id)).toEqual([entries[1]]);
      expect(await store.ledger.latest()).toEqual(entries[2]);
    });

    it('writes the ledger entry in the same transaction as the object', async () => {
      const { store } = t();
      const failed = store.transaction(async (tx) => {
        await tx.documents.insertOrGetBySha(aDocument({ text: 'rolled back' }));
        throw new Error('stop');
      });
      await expect(failed).rejects.toThrow('stop');
      expect(await store.ledger.latest()).toBeNull();
      await store.transaction((tx) => tx.media.insertOrGetBySha(aMediaItem('kept')));
      expect((await store.ledger.latest())?.kind).toBe('media');
    });

    it('refuses an appended entry that does not follow the latest one', async () => {
      const { store } = t();
      const first = await store.ledger.record({ kind: 'capture', objectId: 'cap_1', sha256: hexOf('a') });
      const next = { ...first, seq: 2, objectId: 'cap_2', prevHash: first.hash, hash: hexOf('x') };
      expect(await codeOf(store.ledger.append({ ...next, seq: 3 }))).toBe('conflict');
      expect(await codeOf(store.ledger.append({ ...next, prevHash: hexOf('wrong') }))).toBe('conflict');
      await store.ledger.append(next);
      const seen: number[] = [];
      for await (const e of store.ledger.iterate(2)) seen.push(e.seq);
      expect(seen).toEqual([2]);
      expect(await codeOf(store.ledger.record({ kind: 'capture', objectId: 'x', sha256: 'nope' }))).toBe(
        'validation_failed',
      );
    });

    it('keeps concurrent appenders on one chain', async () => {
      const { store, reopen } = t();
      const other = await reopen();
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? other : store).ledger.record({
            kind: 'capture',
            objectId: `c${i}`,
            sha256: hexOf(`${i}`),
          }),
        ),
      );
      const entries = await store.ledger.range(1, 10);
      expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await verifyLedger(entries)).toMatchObject({ ok: true });
    });
  });

  describe('checkpoints and captures', () => {
    const t = useContractStore(h);

    it('stores signed checkpoints in order and their timestamp tokens byte for byte', async () => {
      const { store } = t();
      const cp = (seq: number) => ({
        seq,
        hash: hexOf(`h${seq}`),
        at: new Date('2014-06-14T09:00:00.456Z'),
        algorithm: 'Ed25519' as const,
        keyFingerprint: hexOf('key'),
        signature: 'c2lnbmF0dXJl',
      });
      await store.checkpoints.save(cp(3));
      await store.checkpoints.save(cp(8));
      expect(await codeOf(store.checkpoints.save(cp(8)))).toBe('conflict');
      expect(await store.checkpoints.latest()).toEqual(cp(8));
      expect((await store.checkpoints.firstCovering(4))?.seq).toBe(8);
      expect(await store.checkpoints.firstCovering(9)).toBeNull();
      const token = new Uint8Array([0x30, 0x82, 0, 0xff, 7]);
      const genTime = new Date('2014-06-14T09:00:01.000Z');
      await store.checkpoints.addTimestamp({ checkpointSeq: 8, tsaUrl: 'http://tsa.test/', token, genTime });
      expect(await store.checkpoints.timestamps(8)).toEqual([
        { checkpointSeq: 8, tsaUrl: 'http://tsa.test/', token, genTime },
      ]);
      expect(await store.checkpoints.timestamps(3)).toEqual([]);
    });

    it('stores a capture, finds it by its page document or an image, and records it in the ledger', async () => {
      const { store } = t();
      const doc = await store.documents.insertOrGetBySha(aDocument());
      const media = await store.media.insertOrGetBySha(aMediaItem('img'));
      const capture = await store.captures.create({
        url: 'https://example.org/page',
        sha256: hexOf('warc'),
        filename: 'page.warc.gz',
        byteSize: 1234,
        documentId: doc.document.id,
        mediaIds: [media.media.id],
        capturedAt: new Date('2014-06-14T12:00:00.789Z'),
      });
      expect(await store.captures.get(capture.id)).toEqual(capture);
      expect((await store.captures.findByObjects([media.media.id])).map((c) => c.id)).toEqual([capture.id]);
      expect((await store.captures.findByObjects([doc.document.id])).map((c) => c.id)).toEqual([capture.id]);
      expect(await store.captures.findByObjects(['med_unknown'])).toEqual([]);
      expect((await store.ledger.latest())?.objectId).toBe(capture.id);
      expect(await codeOf(store.captures.create({ ...capture, mediaIds: ['med_missing'] }))).toBe(
        'not_found',
      );
    });
  });
}
