import { effectiveFacts, isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { aDocument, someFacts } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';
import { anIncident } from './incident-factories';

const codeOf = (err: unknown): string | undefined => (isDomainError(err) ? err.code : undefined);

export function claimLinksContract(h: ContractHarness): void {
  describe('claim links and reviews', () => {
    const t = useContractStore(h);

    const twoClaims = async () => {
      const { store } = t();
      const { document } = await store.documents.insertOrGetBySha(aDocument());
      const claims = await store.claims.replaceMachineClaims(document.id, [
        someFacts(),
        someFacts({ event: 'injured' }),
      ]);
      return { documentId: document.id, a: claims[0]!, b: claims[1]! };
    };

    it('links claims to an incident, lists them, and unlinks them', async () => {
      const { store } = t();
      const { a, b } = await twoClaims();
      const incident = await store.incidents.create(anIncident());
      expect((await store.claims.setIncident(a.id, incident.id)).incidentId).toBe(incident.id);
      await store.claims.setIncident(b.id, incident.id);
      expect((await store.claims.listByIncident(incident.id)).map((c) => c.id)).toEqual([a.id, b.id]);
      await store.claims.setIncident(a.id, null);
      expect((await store.claims.listByIncident(incident.id)).map((c) => c.id)).toEqual([b.id]);
      await expect(store.claims.setIncident(a.id, 'inc_missing')).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
      await expect(store.claims.setIncident('clm_missing', incident.id)).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
    });

    it('moves every claim of one incident to another', async () => {
      const { store } = t();
      const { a, b } = await twoClaims();
      const from = await store.incidents.create(anIncident());
      const to = await store.incidents.create(anIncident());
      await store.claims.setIncident(a.id, from.id);
      await store.claims.setIncident(b.id, from.id);
      expect(await store.claims.relinkIncident(from.id, to.id)).toBe(2);
      expect(await store.claims.listByIncident(from.id)).toEqual([]);
      expect(await store.claims.listByIncident(to.id)).toHaveLength(2);
    });

    it('stores a correction apart from the machine output, and clears it on a later verdict', async () => {
      const { store, sql } = t();
      const { a } = await twoClaims();
      const corrected = someFacts({
        event: 'executed',
        date: { text: '13 June', span: [0, 7], value: '2014-06-13' },
      });
      const reviewed = await store.claims.review(a.id, { review: 'corrected', corrected });
      expect(reviewed.extracted).toEqual(a.extracted);
      expect(reviewed.corrected).toEqual(corrected);
      expect(effectiveFacts(reviewed).event).toBe('executed');
      expect(await store.claims.get(a.id)).toEqual(reviewed);
      // The indexed columns follow the facts in force.
      expect(await sql(`SELECT event, date_from FROM claims WHERE id = '${a.id}'`)).toEqual([
        { event: 'executed', date_from: '2014-06-13' },
      ]);
      const rejected = await store.claims.review(a.id, { review: 'rejected', corrected: null });
      expect(rejected).toMatchObject({ review: 'rejected', corrected: null, extracted: a.extracted });
    });

    it('refuses a review that does not fit its verdict, and unknown claims', async () => {
      const { store } = t();
      const { a } = await twoClaims();
      await expect(store.claims.review(a.id, { review: 'corrected', corrected: null })).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
      await expect(
        store.claims.review(a.id, { review: 'accepted', corrected: someFacts() }),
      ).rejects.toSatisfy((e) => codeOf(e) === 'validation_failed');
      const negative = someFacts({ count: { min: 5, max: 2, approx: false, text: '5' } });
      await expect(store.claims.review(a.id, { review: 'corrected', corrected: negative })).rejects.toSatisfy(
        (e) => isDomainError(e) && e.issues?.[0]?.path.join('.') === 'corrected.count.max',
      );
      await expect(
        store.claims.review('clm_missing', { review: 'accepted', corrected: null }),
      ).rejects.toSatisfy((e) => codeOf(e) === 'not_found');
    });

    it('keeps linked claims when the document is extracted again, and does not add them twice', async () => {
      const { store } = t();
      const { documentId, a } = await twoClaims();
      const incident = await store.incidents.create(anIncident());
      await store.claims.setIncident(a.id, incident.id);
      const added = await store.claims.replaceMachineClaims(documentId, [
        someFacts(),
        someFacts({ event: 'missing' }),
      ]);
      expect(added.map((c) => c.extracted.event)).toEqual(['missing']);
      const all = await store.claims.listByDocument(documentId);
      expect(all.map((c) => c.id)).toEqual([a.id, added[0]!.id]);
    });

    it('names the publisher of a document', async () => {
      const { store } = t();
      const { document } = await store.documents.insertOrGetBySha(aDocument());
      const source = await store.sources.upsertByName({ name: 'Human Rights Watch', kind: 'ngo', url: null });
      await store.documents.setSource(document.id, source.id);
      expect((await store.documents.get(document.id))?.sourceId).toBe(source.id);
      await store.documents.setSource(document.id, null);
      expect((await store.documents.get(document.id))?.sourceId).toBeNull();
      await expect(store.documents.setSource('doc_missing', null)).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
      await expect(store.documents.setSource(document.id, 'src_missing')).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
    });
  });
}
