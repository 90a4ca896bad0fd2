import { describe, expect, it } from 'vitest';
import { aDocument, someFacts } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';

// 21:30 UTC is already the next day in Baghdad (UTC+3): a date that drifts shows up here.
const LATE_EVENING_UTC = new Date('2014-06-12T21:30:05.123Z');

export function datesContract(h: ContractHarness): void {
  describe('dates and time zones', () => {
    const t = useContractStore(h);

    it('runs in a non-UTC zone, as the suite is meant to', () => {
      expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    });

    it('round-trips instants to the millisecond', async () => {
      const { store, clock } = t();
      clock.set('2026-03-28T23:59:59.999Z');
      const { document } = await store.documents.insertOrGetBySha(
        aDocument({ publishedAt: LATE_EVENING_UTC, retrievedAt: new Date('2014-12-31T23:00:00.001Z') }),
      );
      const read = await store.documents.get(document.id);
      expect(read?.publishedAt?.toISOString()).toBe('2014-06-12T21:30:05.123Z');
      expect(read?.retrievedAt.toISOString()).toBe('2014-12-31T23:00:00.001Z');
      expect(read?.createdAt.toISOString()).toBe('2026-03-28T23:59:59.999Z');
      const jobId = await store.jobs.enqueue('document.extract', { documentId: document.id });
      expect((await store.jobs.get(jobId))?.runAfter.toISOString()).toBe('2026-03-28T23:59:59.999Z');
    });

    it('keeps calendar dates as the same YYYY-MM-DD strings', async () => {
      const { store, sql } = t();
      const { document } = await store.documents.insertOrGetBySha(
        aDocument({ publishedAt: LATE_EVENING_UTC }),
      );
      const facts = [
        someFacts({ date: { text: '12 June 2014', span: [0, 12], value: '2014-06-12' } }),
        someFacts({ date: { text: 'early June', span: [0, 10], from: '2014-06-01', to: '2014-06-10' } }),
      ];
      await store.claims.replaceMachineClaims(document.id, facts);
      const claims = await store.claims.listByDocument(document.id);
      expect(claims.map((c) => c.extracted.date)).toEqual(facts.map((f) => f.date));
      // The indexed day columns hold text, not a Date a driver could shift.
      const rows = await sql(`SELECT date_from, date_to FROM claims ORDER BY created_at, id`);
      expect(rows).toEqual([
        { date_from: '2014-06-12', date_to: '2014-06-12' },
        { date_from: '2014-06-01', date_to: '2014-06-10' },
      ]);
    });
  });
}
