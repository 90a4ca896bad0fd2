import { isAbsolute, join, resolve } from 'node:path';
import { DomainError } from '@corroborate/core';

export type DatabaseTarget =
  { engine: 'sqlite'; path: string } | { engine: 'postgres'; connectionString: string };

const SQLITE_FILE = /\.(db|sqlite|sqlite3)$/i;

/**
 * Reads a database URL: `sqlite:PATH`, `sqlite::memory:`, a bare path ending .db/.sqlite, or
 * `postgres://…` / `postgresql://…`. Relative SQLite paths are taken from `cwd`.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  const trimmed = url.trim();
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { engine: 'postgres', connectionString: trimmed };
  if (/^sqlite:/i.test(trimmed)) {
    // sqlite:///abs/path and sqlite://rel/path are accepted as well as sqlite:path.
    const rest = trimmed.replace(/^sqlite:(\/\/)?/i, '');
    if (rest === ':memory:') return { engine: 'sqlite', path: ':memory:' };
    if (rest === '') throw unsupported(url, 'names no file');
    return { engine: 'sqlite', path: isAbsolute(rest) ? rest : resolve(cwd, rest) };
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && SQLITE_FILE.test(trimmed)) {
    return { engine: 'sqlite', path: resolve(cwd, trimmed) };
  }
  throw unsupported(url, 'use sqlite:PATH, a .db file, or postgres://…');
}

/** Where the database lives when none is configured: `sqlite:<cwd>/data/corroborate.db`. */
export const defaultDatabaseUrl = (cwd: string): string => `sqlite:${join(cwd, 'data', 'corroborate.db')}`;

/** The URL with any password replaced, for logs and error messages. */
export const redactDatabaseUrl = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');

const unsupported = (url: string, why: string): DomainError =>
  new DomainError('validation_failed', `unsupported database URL "${redactDatabaseUrl(url)}": ${why}`, [
    { path: ['databaseUrl'], message: why },
  ]);
