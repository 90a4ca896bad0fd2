import { isDomainError, type ErrorCode } from '@corroborate/core';

/** A fault of the store (not of an input): it ends the run instead of becoming a per-input failure. */
export class StoreFault extends Error {
  constructor(readonly fault: unknown) {
    super('store fault', { cause: fault });
    this.name = 'StoreFault';
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ELOOP: 'too many symbolic links',
};

/** Turns a reading or parsing error into a one-line failure naming the input; store faults rethrow. */
export const describeFailure = (err: unknown, input: string): { code: ErrorCode; reason: string } => {
  if (err instanceof StoreFault) throw err.fault;
  if (isDomainError(err)) return { code: err.code, reason: err.message };
  const fsCode = (err as { code?: unknown } | null)?.code;
  if (typeof fsCode === 'string' && (err as { syscall?: unknown }).syscall !== undefined) {
    const reason = FS_REASONS[fsCode] ?? `cannot read (${fsCode})`;
    return {
      code: fsCode === 'ENOENT' || fsCode === 'ENOTDIR' ? 'not_found' : 'internal',
      reason: `${input}: ${reason}`,
    };
  }
  throw err; // a bug, not a bad input: let it surface
};
