import { loadMigrations, pendingMigrations } from '../migrations/migration-files';
import { iso, str } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import type { SqliteSession } from './sqlite-session';

/** Applies pending SQLite migrations in one IMMEDIATE transaction; returns their names. */
export async function migrateSqlite(session: SqliteSession, deps: StoreDeps): Promise<string[]> {
  const all = loadMigrations('sqlite');
  return await session.run((c) =>
    c.atomic(() => {
      c.db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      const applied = c.db
        .prepare('SELECT name FROM schema_migrations')
        .all()
        .map((r) => str(r as Record<string, unknown>, 'name'));
      const pending = pendingMigrations(all, applied);
      const at = iso(deps.clock.now());
      for (const m of pending) {
        c.db.exec(m.sql);
        c.db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(m.name, at);
      }
      return pending.map((m) => m.name);
    }),
  );
}
