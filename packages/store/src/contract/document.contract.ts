import { isDomainError, type Document } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { aDocument } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';

const codeOf = (err: unknown): string | undefined => (isDomainError(err) ? err.code : undefined);

export function documentContract(h: ContractHarness): void {
  describe('documents', () => {
    const t = useContractStore(h);

    it('stores a new document and reads it back field for field', async () => {
      const { store } = t();
      const input = aDocument({ ingestNotes: ['invalid UTF-8 replaced'], fileName: 'report.txt' });
      const { document, created } = await store.documents.insertOrGetBySha(input);
      expect(created).toBe(true);
      expect(document.id).toMatch(/^doc_/);
      expect(document.status).toBe('new');
      expect(await store.documents.get(document.id)).toEqual(document);
      expect(document).toMatchObject({ ...input, status: 'new' });
    });

    it('deduplicates by SHA-256: the same text returns the stored document', async () => {
      const { store } = t();
      const first = await store.documents.insertOrGetBySha(aDocument({ title: 'First' }));
      const again = await store.documents.insertOrGetBySha(
        aDocument({ title: 'Second', url: 'https://x.test/2' }),
      );
      expect(again.created).toBe(false);
      expect(again.document).toEqual(first.document);
      expect(await store.documents.count()).toBe(1);
    });

    it('returns null for an unknown id', async () => {
      expect(await t().store.documents.get('doc_missing')).toBeNull();
    });

    it('lists newest first in pages that cover every document once', async () => {
      const { store, clock } = t();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        // Two documents share a millisecond: the id breaks the tie.
        if (i !== 3) clock.advance(1_000);
        ids.push(
          (await store.documents.insertOrGetBySha(aDocument({ text: `report number ${i}` }))).document.id,
        );
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      const sizes: number[] = [];
      do {
        const page: { items: Document[]; nextCursor: string | null } = await store.documents.list({
          limit: 3,
          cursor,
        });
        sizes.push(page.items.length);
        seen.push(...page.items.map((d) => d.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(sizes).toEqual([3, 3, 1]);
      expect(seen).toEqual([...ids].reverse());
    });

    it('filters by status, source and language, also across pages', async () => {
      const { store, clock } = t();
      const src = await store.sources.upsertByName({ name: 'Agency', kind: 'media', url: null });
      for (let i = 0; i < 5; i++) {
        clock.advance(10);
        await store.documents.insertOrGetBySha(
          aDocument({
            text: `doc ${i}`,
            language: i % 2 === 0 ? 'ar' : 'en',
            sourceId: i < 4 ? src.id : null,
          }),
        );
      }
      const arabic = await store.documents.list({ limit: 10, language: 'ar' });
      expect(arabic.items.map((d) => d.text)).toEqual(['doc 4', 'doc 2', 'doc 0']);
      const page1 = await store.documents.list({ limit: 1, language: 'ar', sourceId: src.id });
      const page2 = await store.documents.list({
        limit: 1,
        language: 'ar',
        sourceId: src.id,
        cursor: page1.nextCursor,
      });
      expect([...page1.items, ...page2.items].map((d) => d.text)).toEqual(['doc 2', 'doc 0']);
      expect(page2.nextCursor).toBeNull();
      const id = arabic.items[0]!.id;
      await store.documents.setStatus(id, 'dismissed');
      const dismissed = await store.documents.list({ limit: 10, status: 'dismissed' });
      expect(dismissed.items.map((d) => d.id)).toEqual([id]);
      expect((await store.documents.get(id))?.status).toBe('dismissed');
    });

    it('rejects cursors it did not issue and page sizes out of range', async () => {
      const { store } = t();
      await expect(store.documents.list({ limit: 5, cursor: 'not-a-cursor' })).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
      await expect(store.documents.list({ limit: 0 })).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
      await expect(store.documents.search('x', 5000)).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
    });

    it('refuses unknown references and malformed input with domain errors', async () => {
      const { store } = t();
      await expect(
        store.documents.insertOrGetBySha(aDocument({ sourceId: 'src_missing' })),
      ).rejects.toSatisfy((e) => codeOf(e) === 'not_found');
      await expect(store.documents.insertOrGetBySha(aDocument({ sha256: 'abc' }))).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
      await expect(store.documents.insertOrGetBySha(aDocument({ text: 'bin\u0000ary' }))).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
      await expect(store.documents.setStatus('doc_missing', 'reviewed')).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
      expect(await store.documents.count()).toBe(0);
    });

    it('iterates every document in insertion order across batches', async () => {
      const { store } = t();
      const total = 1_203; // more than two batches of 500
      const ids = await store.transaction(async (tx) => {
        const out: string[] = [];
        for (let i = 0; i < total; i++) {
          out.push((await tx.documents.insertOrGetBySha(aDocument({ text: `item ${i}` }))).document.id);
        }
        return out;
      });
      const seen: string[] = [];
      for await (const d of store.documents.iterate()) seen.push(d.id);
      expect(seen).toEqual(ids);
      expect(await store.documents.count()).toBe(total);
    });
  });
}
