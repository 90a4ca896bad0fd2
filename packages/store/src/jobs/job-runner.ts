import {
  JOB_POLICIES,
  nextRetryAt,
  type Clock,
  type Job,
  type JobHandler,
  type JobHandlers,
  type JobName,
  type JobQueue,
} from '@corroborate/core';

/** What a worker needs: the queue (a Store has it as `jobs`), the handlers, a clock. */
export interface WorkerDeps {
  store: { jobs: JobQueue };
  handlers: JobHandlers;
  workerId: string;
  clock: Clock;
  /** Only these jobs; all by default. */
  names?: JobName[];
  /** Told about every job outcome and queue error, e.g. for logging. */
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: 'done'; job: Job }
  | { type: 'skipped'; job: Job; reason: string }
  | { type: 'retry'; job: Job; error: string; retryAt: Date }
  | { type: 'failed'; job: Job; error: string }
  | { type: 'queue_error'; error: unknown };

const describe = (err: unknown): string => (err instanceof Error ? (err.stack ?? err.message) : String(err));

/**
 * Runs one claimed job and records its outcome. A handler that throws is retried after the
 * backoff of its JOB_POLICIES entry, until the job's maxAttempts are used up.
 */
export async function runClaimedJob(deps: WorkerDeps, job: Job): Promise<WorkerEvent> {
  const { jobs } = deps.store;
  const handler = (deps.handlers as Partial<Record<JobName, JobHandler<JobName>>>)[job.name];
  if (!handler) {
    const error = `no handler for job ${job.name}`;
    await jobs.fail(job.id, error, null);
    return { type: 'failed', job, error };
  }
  try {
    const result = await handler(job.payload);
    await jobs.complete(job.id, result.outcome);
    return result.outcome === 'done'
      ? { type: 'done', job }
      : { type: 'skipped', job, reason: result.reason };
  } catch (err) {
    const error = describe(err);
    const policy = { maxAttempts: job.maxAttempts, backoffMs: JOB_POLICIES[job.name].backoffMs };
    const retryAt = nextRetryAt(deps.clock.now(), policy, job.attempts);
    await jobs.fail(job.id, error, retryAt);
    return retryAt ? { type: 'retry', job, error, retryAt } : { type: 'failed', job, error };
  }
}
