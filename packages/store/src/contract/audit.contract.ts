import { auditPayload, GENESIS_HASH, verifyAuditChain, type AuditEvent } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../adapters/node-hasher';
import { useContractStore, type ContractHarness } from './contract-harness';

const collect = async (events: AsyncIterable<AuditEvent>): Promise<AuditEvent[]> => {
  const out: AuditEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
};

export function auditContract(h: ContractHarness): void {
  describe('audit log', () => {
    const t = useContractStore(h);

    const change = (n: number) => ({
      actorId: n % 2 ? 'usr_1' : null,
      action: 'claim.correct',
      entityType: 'claim',
      entityId: `clm_${n}`,
      before: { count: n, nested: { b: 1, a: [1, 'x'] } },
      after: { count: n + 1, at: new Date('2014-06-12T21:30:00.000Z') },
    });

    it('chains entries: each hash covers the entry and the previous hash', async () => {
      const { store, clock } = t();
      const appended: AuditEvent[] = [];
      for (let n = 0; n < 3; n++) {
        clock.advance(1_000);
        appended.push(await store.audit.append(change(n)));
      }
      expect(appended.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(appended[0]!.prevHash).toBe(GENESIS_HASH);
      expect(appended[2]!.prevHash).toBe(appended[1]!.hash);
      const { hash, ...rest } = appended[1]!;
      expect(hash).toBe(nodeHasher.sha256(auditPayload(rest)));
      // Dates inside before/after are kept as the ISO text that was hashed.
      expect(appended[0]!.after).toEqual({ count: 1, at: '2014-06-12T21:30:00.000Z' });
    });

    it('reads back exactly what was hashed, so the chain verifies', async () => {
      const { store } = t();
      const appended = [await store.audit.append(change(1)), await store.audit.append(change(2))];
      const stored = await collect(store.audit.iterate());
      expect(stored).toEqual(appended);
      expect(await verifyAuditChain(stored, nodeHasher)).toMatchObject({ ok: true, count: 2 });
      const tampered = stored.map((e) => (e.seq === 2 ? { ...e, after: { count: 999 } } : e));
      expect(await verifyAuditChain(tampered, nodeHasher)).toMatchObject({ ok: false, seq: 2 });
    });

    it('keeps one unbroken chain under concurrent appends', async () => {
      const { store } = t();
      await Promise.all(Array.from({ length: 20 }, (_, n) => store.audit.append(change(n))));
      const stored = await collect(store.audit.iterate());
      expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await verifyAuditChain(store.audit.iterate(), nodeHasher)).toMatchObject({
        ok: true,
        count: 20,
      });
    });

    it('refuses to change or delete entries', async () => {
      const { store, sql } = t();
      await store.audit.append(change(1));
      await expect(sql(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(sql(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
      expect((await collect(store.audit.iterate()))[0]?.action).toBe('claim.correct');
    });
  });
}
