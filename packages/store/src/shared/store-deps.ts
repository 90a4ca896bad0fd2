import type { Clock, IdGenerator } from '@corroborate/core';

/** What every repository needs besides its connection. */
export interface StoreDeps {
  clock: Clock;
  ids: IdGenerator;
}

export interface StoreOptions {
  /** How long a claimed job stays leased to its worker before others may take it over. */
  jobLeaseMs?: number;
  /** PostgreSQL pool size. */
  poolMax?: number;
}

export const DEFAULT_JOB_LEASE_MS = 10 * 60_000;

/** Rows read per round trip when streaming a table. */
export const ITERATE_BATCH = 500;
