import { isDomainError } from '@corroborate/core';
import { EXIT_FAILURE, EXIT_USAGE, ExitError } from './exit-codes';

/** Turns any error into one line for a person (never a stack trace unless CORROBORATE_DEBUG is set)
 *  and the exit code. */
export const reportError = (err: unknown, write: (line: string) => void): number => {
  if (err instanceof ExitError) {
    if (err.message) write(err.message);
    return err.exitCode;
  }
  if (isDomainError(err)) {
    const details = (err.issues ?? []).map((i) => `  ${i.path.join('.') || '(input)'}: ${i.message}`);
    write([`error [${err.code}]: ${err.message}`, ...details].join('\n'));
    return err.code === 'validation_failed' ? EXIT_USAGE : EXIT_FAILURE;
  }
  const message = err instanceof Error ? err.message : String(err);
  write(`error [internal]: ${message.split('\n')[0] ?? 'unknown error'}`);
  if (process.env.CORROBORATE_DEBUG && err instanceof Error && err.stack) write(err.stack);
  return EXIT_FAILURE;
};
