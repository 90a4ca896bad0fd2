import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { useContractStore, type ContractHarness } from './contract-harness';

export function sourceContract(h: ContractHarness): void {
  describe('sources', () => {
    const t = useContractStore(h);

    it('creates a source once and returns the stored one for the same name', async () => {
      const { store, clock } = t();
      const first = await store.sources.upsertByName({
        name: 'Ministry of Health',
        kind: 'official',
        url: null,
      });
      clock.advance(60_000);
      const again = await store.sources.upsertByName({
        name: 'Ministry of Health',
        kind: 'ngo',
        url: 'https://x.test',
      });
      expect(again).toEqual(first);
      expect(first).toMatchObject({ kind: 'official', url: null });
      expect(first.id).toMatch(/^src_/);
      expect(await store.sources.get(first.id)).toEqual(first);
      expect(await store.sources.get('src_missing')).toBeNull();
    });

    it('treats names as exact: case and spelling make different sources', async () => {
      const { store } = t();
      const a = await store.sources.upsertByName({ name: 'Reuters', kind: 'media', url: null });
      const b = await store.sources.upsertByName({ name: 'reuters', kind: 'media', url: null });
      expect(a.id).not.toBe(b.id);
    });

    it('lists sources by name', async () => {
      const { store } = t();
      for (const name of ['Zeta', 'Alpha', 'Mu'])
        await store.sources.upsertByName({ name, kind: 'media', url: null });
      expect((await store.sources.list()).map((s) => s.name)).toEqual(['Alpha', 'Mu', 'Zeta']);
    });

    it('rejects an empty name and an unknown kind', async () => {
      const { store } = t();
      await expect(store.sources.upsertByName({ name: ' ', kind: 'media', url: null })).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'validation_failed',
      );
      await expect(
        store.sources.upsertByName({ name: 'X', kind: 'blog' as 'media', url: null }),
      ).rejects.toSatisfy((e) => isDomainError(e) && e.code === 'validation_failed');
      expect(await store.sources.list()).toEqual([]);
    });
  });
}
