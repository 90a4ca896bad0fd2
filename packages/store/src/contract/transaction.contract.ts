import { describe, expect, it } from 'vitest';
import { aDocument } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function transactionContract(h: ContractHarness): void {
  describe('transactions', () => {
    const t = useContractStore(h);

    it('commits every write of the callback and returns its result', async () => {
      const { store } = t();
      const docId = await store.transaction(async (tx) => {
        const { document } = await tx.documents.insertOrGetBySha(aDocument());
        await tx.jobs.enqueue('document.extract', { documentId: document.id });
        return document.id;
      });
      expect(await store.documents.get(docId)).not.toBeNull();
      expect((await store.jobs.counts()).queued).toBe(1);
    });

    it('rolls back everything when the callback throws', async () => {
      const { store } = t();
      const failure = new Error('extraction crashed');
      await expect(
        store.transaction(async (tx) => {
          const { document } = await tx.documents.insertOrGetBySha(aDocument());
          await tx.sources.upsertByName({ name: 'Agency', kind: 'media', url: null });
          await tx.claims.replaceMachineClaims(document.id, []);
          await tx.jobs.enqueue('document.extract', { documentId: document.id });
          await tx.audit.append({
            actorId: null,
            action: 'document.ingest',
            entityType: 'document',
            entityId: document.id,
            before: null,
            after: null,
          });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await store.documents.count()).toBe(0);
      expect(await store.sources.list()).toEqual([]);
      expect(Object.values(await store.jobs.counts()).reduce((a, b) => a + b, 0)).toBe(0);
      const audit = [];
      for await (const e of store.audit.iterate()) audit.push(e);
      expect(audit).toEqual([]);
    });

    it('keeps writes made outside a transaction out of it, while it is open', async () => {
      const { store } = t();
      let outsideId = '';
      const tx = store.transaction(async (repos) => {
        await repos.documents.insertOrGetBySha(aDocument({ text: 'inside' }));
        await pause(30);
        throw new Error('abort');
      });
      const outside = (async () => {
        await pause(5);
        outsideId = (await store.documents.insertOrGetBySha(aDocument({ text: 'outside' }))).document.id;
      })();
      await expect(tx).rejects.toThrow('abort');
      await outside;
      expect(await store.documents.get(outsideId)).not.toBeNull();
      expect(await store.documents.count()).toBe(1);
    });

    it('runs concurrent transactions without mixing their writes', async () => {
      const { store } = t();
      const results = await Promise.allSettled(
        [0, 1, 2, 3].map((i) =>
          store.transaction(async (tx) => {
            await tx.documents.insertOrGetBySha(aDocument({ text: `tx ${i} a` }));
            await pause(5);
            await tx.documents.insertOrGetBySha(aDocument({ text: `tx ${i} b` }));
            if (i % 2 === 1) throw new Error(`tx ${i} fails`);
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
      const texts: string[] = [];
      for await (const d of store.documents.iterate()) texts.push(d.text);
      expect(texts.sort()).toEqual(['tx 0 a', 'tx 0 b', 'tx 2 a', 'tx 2 b']);
    });

    it('refuses use of its repositories after it has ended', async () => {
      const { store } = t();
      let leaked: Parameters<Parameters<typeof store.transaction>[0]>[0] | null = null;
      await store.transaction(async (tx) => {
        leaked = tx;
        return Promise.resolve();
      });
      await expect(leaked!.documents.count()).rejects.toThrow(/transaction already ended/);
    });
  });
}
