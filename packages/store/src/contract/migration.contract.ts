import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../migrations/migration-files';
import { useContractStore, type ContractHarness } from './contract-harness';

export function migrationContract(h: ContractHarness): void {
  describe('migrations', () => {
    const t = useContractStore(h, { migrate: false });

    it('applies every migration once, in order, and then nothing', async () => {
      const { store } = t();
      const expected = loadMigrations(h.engine).map((m) => m.name);
      expect(expected.length).toBeGreaterThan(0);
      expect(await store.migrate()).toEqual(expected);
      expect(await store.migrate()).toEqual([]);
      expect(await store.documents.count()).toBe(0);
    });

    it('lets two stores migrate the same database at once without applying anything twice', async () => {
      const { store, reopen } = t();
      const other = await reopen();
      const [a, b] = await Promise.all([store.migrate(), other.migrate()]);
      expect([...a, ...b].sort()).toEqual(loadMigrations(h.engine).map((m) => m.name));
    });
  });
}
