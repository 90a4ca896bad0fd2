import type { Pool } from 'pg';
import { loadMigrations, pendingMigrations } from '../migrations/migration-files';
import { iso, str } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { withTransaction } from './pg-session';

// Serialises migrators of the whole database (also across schemas: the extension is shared).
const MIGRATION_LOCK = 4_172_000;

/** Applies pending PostgreSQL migrations in one transaction; returns their names. */
export async function migratePg(pool: Pool, deps: StoreDeps): Promise<string[]> {
  const all = loadMigrations('postgres');
  return await withTransaction(pool, async (s) => {
    await s.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await s.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)',
    );
    const { rows } = await s.query('SELECT name FROM schema_migrations');
    const pending = pendingMigrations(
      all,
      rows.map((r) => str(r, 'name')),
    );
    const at = iso(deps.clock.now());
    for (const m of pending) {
      await s.query(m.sql);
      await s.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [m.name, at]);
    }
    return pending.map((m) => m.name);
  });
}
