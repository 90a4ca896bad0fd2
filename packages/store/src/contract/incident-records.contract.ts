import {
  isDomainError,
  reconcileClaims,
  suggestGrade,
  gradeInputFromReconciliation,
} from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { useContractStore, type ContractHarness } from './contract-harness';
import { anIncident } from './incident-factories';

const codeOf = (err: unknown): string | undefined => (isDomainError(err) ? err.code : undefined);

/** A real reconciliation of two claims, so the stored JSON has the shape the API serves. */
const aReconciliation = (incidentId: string, min: number) => {
  const facts = (n: number, claimant: string) => ({
    event: 'killed' as const,
    count: { min: n, max: n, approx: false, text: String(n) },
    victims: null,
    perpetrator: null,
    claimant,
    stance: 'asserted' as const,
    place: null,
    date: null,
    span: [0, 1] as [number, number],
  });
  const doc = (id: string) => ({ id, publishedAt: new Date('2014-06-20T10:00:00Z'), url: null, title: null });
  const events = reconcileClaims([
    { claimId: 'clm_a', facts: facts(min, 'HRW'), document: doc('doc_a'), source: null, claimantKind: 'ngo' },
    { claimId: 'clm_b', facts: facts(1700, 'ISIS'), document: doc('doc_b'), source: null },
  ]);
  return {
    incidentId,
    events,
    explanation: events.map((e) => e.explanation).join('\n'),
    ruleIds: [...new Set(events.flatMap((e) => e.ruleIds))],
    suggestion: suggestGrade(gradeInputFromReconciliation(events, 0)),
    claimCount: 2,
  };
};

export function incidentRecordsContract(h: ContractHarness): void {
  describe('reconciliations, comments and media links', () => {
    const t = useContractStore(h);

    it('keeps every reconciliation and returns the latest first', async () => {
      const { store, clock } = t();
      const incident = await store.incidents.create(anIncident());
      const first = await store.reconciliations.save(aReconciliation(incident.id, 560));
      clock.advance(1_000);
      const second = await store.reconciliations.save(aReconciliation(incident.id, 600));
      expect(await store.reconciliations.latest(incident.id)).toEqual(second);
      expect(await store.reconciliations.history(incident.id, 10)).toEqual([second, first]);
      expect(second.events[0]).toMatchObject({ event: 'killed', min: 600, max: 1700 });
      expect(second.explanation).toContain('1,700');
      expect(await store.reconciliations.latest('inc_other')).toBeNull();
      await expect(store.reconciliations.save(aReconciliation('inc_missing', 1))).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
    });

    it('stores comments with their mentions, oldest first, and moves them on merge', async () => {
      const { store, clock } = t();
      const a = await store.incidents.create(anIncident());
      const b = await store.incidents.create(anIncident());
      const first = await store.comments.add({
        id: 'cmt_1',
        incidentId: a.id,
        authorId: 'usr_1',
        body: '@sam please check',
        mentions: ['sam'],
      });
      clock.advance(10);
      await store.comments.add({
        id: 'cmt_2',
        incidentId: b.id,
        authorId: 'usr_2',
        body: 'ok',
        mentions: [],
      });
      expect(await store.comments.listByIncident(a.id)).toEqual([first]);
      expect(await store.comments.moveToIncident(b.id, a.id)).toBe(1);
      expect((await store.comments.listByIncident(a.id)).map((c) => c.id)).toEqual(['cmt_1', 'cmt_2']);
      await expect(
        store.comments.add({
          id: 'cmt_3',
          incidentId: 'inc_missing',
          authorId: 'usr_1',
          body: 'x',
          mentions: [],
        }),
      ).rejects.toSatisfy((e) => codeOf(e) === 'not_found');
    });

    it('links media ids once, unlinks them, and merges links without duplicates', async () => {
      const { store } = t();
      const a = await store.incidents.create(anIncident());
      const b = await store.incidents.create(anIncident());
      const link = await store.mediaLinks.link({
        incidentId: a.id,
        mediaId: 'med_1',
        note: 'satellite',
        linkedBy: 'usr_1',
      });
      expect(await store.mediaLinks.listByIncident(a.id)).toEqual([link]);
      await expect(
        store.mediaLinks.link({ incidentId: a.id, mediaId: 'med_1', note: null, linkedBy: null }),
      ).rejects.toSatisfy((e) => codeOf(e) === 'conflict');
      await store.mediaLinks.link({ incidentId: b.id, mediaId: 'med_1', note: null, linkedBy: null });
      await store.mediaLinks.link({ incidentId: b.id, mediaId: 'med_2', note: null, linkedBy: null });
      expect(await store.mediaLinks.moveToIncident(b.id, a.id)).toBe(1);
      expect((await store.mediaLinks.listByIncident(a.id)).map((l) => l.mediaId)).toEqual(['med_1', 'med_2']);
      expect(await store.mediaLinks.listByIncident(b.id)).toEqual([]);
      expect(await store.mediaLinks.unlink(a.id, 'med_2')).toBe(true);
      expect(await store.mediaLinks.unlink(a.id, 'med_2')).toBe(false);
    });
  });
}
