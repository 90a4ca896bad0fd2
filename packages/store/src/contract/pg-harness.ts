import { randomBytes } from 'node:crypto';
import type { Store } from '@corroborate/core';
import type { Pool } from 'pg';
import { createUlidIds } from '../adapters/ulid-ids';
import { openStore } from '../open-store';
import { createPgPool } from '../postgres/pg-pool';
import type { ContractHarness, ContractStore, OpenOptions } from './contract-harness';
import { ManualClock } from './manual-clock';

/** The URL with search_path set, so everything the store creates lands in `schema`. */
export const withSchema = (url: string, schema: string): string => {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
};

/** Creates a schema with a random name; the returned function drops it again. */
export async function createTestSchema(
  admin: Pool,
  prefix: string,
): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  return { schema, drop: async () => void (await admin.query(`DROP SCHEMA ${schema} CASCADE`)) };
}

/** PostgreSQL stores, each in a fresh schema of the database at `url`, dropped afterwards. */
export function pgHarness(url: string): ContractHarness & { close(): Promise<void> } {
  let admin: Pool | null = null;
  return {
    engine: 'postgres',
    async open(options: OpenOptions = {}): Promise<ContractStore> {
      admin ??= createPgPool(url, 2);
      const { schema, drop } = await createTestSchema(admin, 'contract');
      const schemaUrl = withSchema(url, schema);
      const clock = new ManualClock();
      const deps = { clock, ids: createUlidIds({ clock }) };
      const { migrate = true, ...storeOptions } = options;
      const store = await openStore(schemaUrl, deps, { ...storeOptions, migrate, poolMax: 4 });
      const others: Store[] = [];
      let raw: Pool | null = null;
      return {
        store,
        clock,
        async sql(text) {
          raw ??= createPgPool(schemaUrl, 1);
          return (await raw.query<Record<string, unknown>>(text)).rows;
        },
        async reopen(opts) {
          const other = await openStore(schemaUrl, deps, { poolMax: 4, ...opts });
          others.push(other);
          return other;
        },
        async dispose() {
          for (const s of [store, ...others]) await s.close();
          await raw?.end();
          await drop();
        },
      };
    },
    async close() {
      await admin?.end();
      admin = null;
    },
  };
}
