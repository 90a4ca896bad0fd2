import type { Store } from '@corroborate/core';
import { parseDatabaseUrl } from './database-url';
import { openPgStore } from './postgres/pg-store';
import type { StoreDeps, StoreOptions } from './shared/store-deps';
import { openSqliteStore } from './sqlite/sqlite-store';

export interface OpenStoreOptions extends StoreOptions {
  /** Apply pending migrations before returning the store. */
  migrate?: boolean;
}

/**
 * Opens the database a URL names: `sqlite:PATH` (WAL, foreign keys on, parent folder created),
 * `sqlite::memory:`, a bare `.db`/`.sqlite` path, or `postgres://…`. Other schemes are a
 * `validation_failed` DomainError. Call `store.migrate()` (or pass `migrate: true`) before use.
 */
export async function openStore(
  url: string,
  deps: StoreDeps,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const target = parseDatabaseUrl(url);
  const store =
    target.engine === 'sqlite'
      ? openSqliteStore(target.path, deps, options)
      : openPgStore(target.connectionString, deps, options);
  if (options.migrate) {
    try {
      await store.migrate();
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}
