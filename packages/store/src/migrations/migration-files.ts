import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@corroborate/core';

export interface Migration {
  /** File name without `.sql`, e.g. `2026112501_sources_documents`; recorded in schema_migrations. */
  name: string;
  sql: string;
}

// YYYYMMDDNN[NN]_words.sql: the timestamp orders them, the words say what they do. Two more digits
// let parallel work take its own block of a day (2026112510xx, 2026112520xx) and still sort in order.
const MIGRATION_FILE = /^(\d{10}(?:\d{2})?_[a-z0-9_]+)\.sql$/;

/** The migrations of one engine, oldest first. */
export function loadMigrations(engine: 'sqlite' | 'postgres'): Migration[] {
  const dir = fileURLToPath(new URL(`../../migrations/${engine}/`, import.meta.url));
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const m = MIGRATION_FILE.exec(file);
      if (!m?.[1])
        throw new DomainError(
          'internal',
          `migration file ${engine}/${file} is not named YYYYMMDDNN[NN]_words.sql`,
        );
      return { name: m[1], sql: readFileSync(`${dir}${file}`, 'utf8') };
    });
}

/** Migrations not yet in `applied`, in order. */
export const pendingMigrations = (all: Migration[], applied: Iterable<string>): Migration[] => {
  const done = new Set(applied);
  return all.filter((m) => !done.has(m.name));
};
