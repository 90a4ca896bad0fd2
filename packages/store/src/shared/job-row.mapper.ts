import type { Job, JobName, JobPayload, JobState } from '@corroborate/core';
import { date, json, num, str, strOrNull, type Row } from './row-reader';

export const JOB_COLUMNS =
  'id, name, payload, state, attempts, max_attempts, run_after, last_error, dedupe_key';

export const toJob = (row: Row): Job => ({
  id: str(row, 'id'),
  name: str(row, 'name') as JobName,
  payload: json(row, 'payload') as JobPayload<JobName>,
  state: str(row, 'state') as JobState,
  attempts: num(row, 'attempts'),
  maxAttempts: num(row, 'max_attempts'),
  runAfter: date(row, 'run_after'),
  lastError: strOrNull(row, 'last_error'),
  dedupeKey: strOrNull(row, 'dedupe_key'),
});

/** Every state, zero-filled, for JobQueue.counts(). */
export const emptyJobCounts = (): Record<JobState, number> => ({
  queued: 0,
  running: 0,
  done: 0,
  skipped: 0,
  failed: 0,
});

const MAX_ERROR_LENGTH = 8_000;

/** A job error as stored: long stack traces cut so a failing job cannot bloat the table, and
 *  NUL (which PostgreSQL text cannot hold) replaced. */
export const storedError = (error: string): string =>
  error.slice(0, MAX_ERROR_LENGTH).replaceAll('\u0000', '\uFFFD');
