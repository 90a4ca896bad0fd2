import { DomainError } from '@corroborate/core';

const codeOf = (err: unknown): string | undefined =>
  err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

/** A violated foreign key becomes not_found for the thing that was referenced. */
export function mapSqliteError(err: unknown, missing: string): unknown {
  return codeOf(err) === 'SQLITE_CONSTRAINT_FOREIGNKEY'
    ? new DomainError('not_found', `${missing} does not exist`)
    : err;
}
