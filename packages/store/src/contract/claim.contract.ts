import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { aDocument, someFacts } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';

export function claimContract(h: ContractHarness): void {
  describe('claims', () => {
    const t = useContractStore(h);

    const aStoredDocument = async (text = 'A report.'): Promise<string> =>
      (await t().store.documents.insertOrGetBySha(aDocument({ text }))).document.id;

    it('stores machine claims in order and reads them back unchanged', async () => {
      const { store } = t();
      const docId = await aStoredDocument();
      const facts = [
        someFacts(),
        someFacts({ event: 'injured', count: { min: 30, max: null, approx: true, text: 'more than 30' } }),
      ];
      const stored = await store.claims.replaceMachineClaims(docId, facts);
      expect(stored.map((c) => c.extracted)).toEqual(facts);
      expect(
        stored.every((c) => c.review === 'machine' && c.corrected === null && c.incidentId === null),
      ).toBe(true);
      expect(await store.claims.listByDocument(docId)).toEqual(stored);
      expect(await store.claims.get(stored[1]!.id)).toEqual(stored[1]);
      expect(await store.claims.get('clm_missing')).toBeNull();
    });

    it('replaces the machine claims of a document on re-extraction', async () => {
      const { store } = t();
      const docId = await aStoredDocument();
      const otherDoc = await aStoredDocument('Another report.');
      const old = await store.claims.replaceMachineClaims(docId, [
        someFacts(),
        someFacts({ event: 'missing' }),
      ]);
      const kept = await store.claims.replaceMachineClaims(otherDoc, [someFacts()]);
      const fresh = await store.claims.replaceMachineClaims(docId, [someFacts({ event: 'displaced' })]);
      const now = await store.claims.listByDocument(docId);
      expect(now.map((c) => c.id)).toEqual(fresh.map((c) => c.id));
      expect(now.map((c) => c.extracted.event)).toEqual(['displaced']);
      expect(await store.claims.get(old[0]!.id)).toBeNull();
      expect(await store.claims.listByDocument(otherDoc)).toEqual(kept);
    });

    it('keeps reviewed claims and does not add their facts again', async () => {
      const { store, sql } = t();
      const docId = await aStoredDocument();
      const [accepted, rejected] = await store.claims.replaceMachineClaims(docId, [
        someFacts(),
        someFacts({ event: 'captured' }),
      ]);
      await sql(`UPDATE claims SET review = 'accepted' WHERE id = '${accepted!.id}'`);
      await sql(`UPDATE claims SET review = 'rejected' WHERE id = '${rejected!.id}'`);
      const added = await store.claims.replaceMachineClaims(docId, [
        someFacts(),
        someFacts({ event: 'captured' }),
        someFacts({ event: 'executed' }),
      ]);
      expect(added.map((c) => c.extracted.event)).toEqual(['executed']);
      const all = await store.claims.listByDocument(docId);
      expect(all.map((c) => [c.id, c.review])).toEqual([
        [accepted!.id, 'accepted'],
        [rejected!.id, 'rejected'],
        [added[0]!.id, 'machine'],
      ]);
    });

    it('refuses claims for an unknown document and stores nothing', async () => {
      const { store } = t();
      await expect(store.claims.replaceMachineClaims('doc_missing', [someFacts()])).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'not_found',
      );
      const all = [];
      for await (const c of store.claims.iterate()) all.push(c);
      expect(all).toEqual([]);
    });

    it('iterates all claims of all documents in the order they were stored', async () => {
      const { store, clock } = t();
      const ids: string[] = [];
      for (let d = 0; d < 3; d++) {
        clock.advance(5);
        const docId = await aStoredDocument(`document ${d}`);
        const claims = await store.claims.replaceMachineClaims(docId, [
          someFacts(),
          someFacts({ event: 'injured' }),
        ]);
        ids.push(...claims.map((c) => c.id));
      }
      const seen: string[] = [];
      for await (const c of store.claims.iterate()) seen.push(c.id);
      expect(seen).toEqual(ids);
    });
  });
}
