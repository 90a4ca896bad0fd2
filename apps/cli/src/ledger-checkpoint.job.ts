import type { JobHandler } from '@corroborate/core';
import type { Preservation } from '@corroborate/ingest';

/**
 * The `ledger.checkpoint` job: signs (and timestamps) a checkpoint when the policy says one is due.
 * Without a key folder it skips instead of failing, so a PostgreSQL worker without CORROBORATE_KEYS keeps running.
 */
export const ledgerCheckpointJob =
  (deps: {
    preservation: () => Preservation;
    keysConfigured: () => boolean;
  }): JobHandler<'ledger.checkpoint'> =>
  async () => {
    if (!deps.keysConfigured()) return { outcome: 'skipped', reason: 'no key folder (CORROBORATE_KEYS)' };
    const cp = await deps.preservation().checkpointIfDue();
    return cp ? { outcome: 'done' } : { outcome: 'skipped', reason: 'no checkpoint due' };
  };
