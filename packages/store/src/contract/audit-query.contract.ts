import { describe, expect, it } from 'vitest';
import { useContractStore, type ContractHarness } from './contract-harness';

export function auditQueryContract(h: ContractHarness): void {
  describe('audit log by entity', () => {
    const t = useContractStore(h);

    it('lists one entity, or a whole type, in seq order from a cursor', async () => {
      const { store } = t();
      const entry = (entityType: string, entityId: string) => ({
        actorId: 'usr_1',
        action: `${entityType}.update`,
        entityType,
        entityId,
        before: null,
        after: { n: 1 },
      });
      await store.audit.append(entry('incident', 'inc_a'));
      await store.audit.append(entry('claim', 'clm_a'));
      await store.audit.append(entry('incident', 'inc_b'));
      await store.audit.append(entry('incident', 'inc_a'));
      const seqs = async (q: Parameters<typeof store.audit.listByEntity>[0]) =>
        (await store.audit.listByEntity(q)).map((e) => e.seq);
      expect(await seqs({ entityType: 'incident', entityId: 'inc_a', limit: 10 })).toEqual([1, 4]);
      expect(await seqs({ entityType: 'incident', limit: 10 })).toEqual([1, 3, 4]);
      expect(await seqs({ entityType: 'incident', afterSeq: 1, limit: 1 })).toEqual([3]);
      expect(await seqs({ entityType: 'document', limit: 10 })).toEqual([]);
    });
  });
}
