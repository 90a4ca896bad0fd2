import { DomainError } from '@corroborate/core';

const FOREIGN_KEY_VIOLATION = '23503';

const codeOf = (err: unknown): string | undefined =>
  err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

/** A violated foreign key becomes not_found for the thing that was referenced. */
export function mapPgError(err: unknown, missing: string): unknown {
  return codeOf(err) === FOREIGN_KEY_VIOLATION
    ? new DomainError('not_found', `${missing} does not exist`)
    : err;
}
