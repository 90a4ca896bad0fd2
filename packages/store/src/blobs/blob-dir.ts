import { dirname, resolve } from 'node:path';
import { DomainError, type BlobStore } from '@corroborate/core';
import { parseDatabaseUrl, redactDatabaseUrl } from '../database-url';
import { FsBlobStore } from './fs-blob-store';

/**
 * The blob folder for a database: `CORROBORATE_BLOBS` when set (relative to `cwd`), else `blobs/`
 * next to the SQLite file (`./data/blobs` for the default database). PostgreSQL and in-memory
 * SQLite have no file to sit next to: they need CORROBORATE_BLOBS (`validation_failed` otherwise).
 */
export function blobDirFor(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): string {
  const configured = env.CORROBORATE_BLOBS?.trim();
  if (configured) return resolve(cwd, configured);
  const target = parseDatabaseUrl(databaseUrl, cwd);
  if (target.engine === 'sqlite' && target.path !== ':memory:') return resolve(dirname(target.path), 'blobs');
  throw new DomainError(
    'validation_failed',
    `no blob folder for database ${redactDatabaseUrl(databaseUrl)}: set CORROBORATE_BLOBS to a folder for media files`,
    [{ path: ['CORROBORATE_BLOBS'], message: 'required unless the database is a SQLite file' }],
  );
}

/**
 * The file blob store for a database (see {@link blobDirFor}). When no folder can be derived, the
 * returned store refuses every call with that error, so commands that never touch media still run.
 */
export function blobStoreFor(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): BlobStore {
  let dir: string;
  try {
    dir = blobDirFor(databaseUrl, env, cwd);
  } catch (err) {
    const refuse = (): Promise<never> => Promise.reject(err instanceof Error ? err : new Error(String(err)));
    return {
      put: refuse,
      get: refuse,
      has: refuse,
      list: () => ({ [Symbol.asyncIterator]: () => ({ next: refuse }) }),
    };
  }
  return new FsBlobStore(dir);
}
