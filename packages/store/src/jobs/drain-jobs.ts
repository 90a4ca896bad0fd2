import { runClaimedJob, type WorkerDeps } from './job-runner';

export interface DrainSummary {
  done: number;
  skipped: number;
  /** Failed attempts that will be tried again later (their retry time has not come yet). */
  retried: number;
  failed: number;
}

/**
 * Runs due jobs until none is left, then returns: for the in-process SQLite worker, the CLI and
 * tests. Jobs waiting for a retry later than now are left queued.
 */
export async function drainJobs(opts: WorkerDeps & { signal?: AbortSignal }): Promise<DrainSummary> {
  const summary: DrainSummary = { done: 0, skipped: 0, retried: 0, failed: 0 };
  while (!opts.signal?.aborted) {
    const job = await opts.store.jobs.claim(opts.workerId, opts.names);
    if (!job) break;
    const event = await runClaimedJob(opts, job);
    opts.onEvent?.(event);
    if (event.type === 'done') summary.done += 1;
    else if (event.type === 'skipped') summary.skipped += 1;
    else if (event.type === 'retry') summary.retried += 1;
    else if (event.type === 'failed') summary.failed += 1;
  }
  return summary;
}
