import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '@corroborate/core';
import { createUlidIds } from '../adapters/ulid-ids';
import { openStore } from '../open-store';
import type { ContractHarness, ContractStore, OpenOptions } from './contract-harness';
import { ManualClock } from './manual-clock';

/** SQLite stores on a temp file each (not :memory:, so WAL and a second connection are real). */
export const sqliteHarness = (): ContractHarness => ({
  engine: 'sqlite',
  async open(options: OpenOptions = {}): Promise<ContractStore> {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const clock = new ManualClock();
    const deps = { clock, ids: createUlidIds({ clock }) };
    const { migrate = true, ...storeOptions } = options;
    const store = await openStore(url, deps, { ...storeOptions, migrate });
    const others: Store[] = [];
    return {
      store,
      clock,
      sql(text) {
        const db = new Database(join(dir, 'test.db'));
        try {
          db.pragma('busy_timeout = 5000');
          const stmt = db.prepare(text);
          return Promise.resolve(stmt.reader ? (stmt.all() as Record<string, unknown>[]) : (stmt.run(), []));
        } catch (err) {
          return Promise.reject(err instanceof Error ? err : new Error(String(err)));
        } finally {
          db.close();
        }
      },
      async reopen(opts) {
        const other = await openStore(url, deps, opts);
        others.push(other);
        return other;
      },
      async dispose() {
        for (const s of [store, ...others]) await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});
