/** Every background job, its id-only payload, and how it retries. Names are stable and dotted. */
export interface JobCatalogue {
  'document.extract': { documentId: string };
  /** Sends one message of the mail outbox (opt-in, update notice, sign-in link). */
  'mail.send': { outboxId: string };
  /** Queues one digest mail per digest subscriber with updates since their last digest. `period` dedupes (e.g. a day). */
  'mail.digest': { period: string };
  /** Signs (and timestamps) a ledger checkpoint when the policy says one is due; no payload, one queued at a time. */
  'ledger.checkpoint': Record<string, never>;
}

export type JobName = keyof JobCatalogue;
export type JobPayload<N extends JobName> = JobCatalogue[N];

export interface RetryPolicy {
  maxAttempts: number;
  /** First delay; each retry doubles it. */
  backoffMs: number;
}

export const JOB_POLICIES: Record<JobName, RetryPolicy> = {
  'document.extract': { maxAttempts: 3, backoffMs: 2_000 },
  // As the publish library's delivery policy: 4xx retried from 5 minutes, doubling, 5 tries.
  'mail.send': { maxAttempts: 5, backoffMs: 300_000 },
  'mail.digest': { maxAttempts: 3, backoffMs: 60_000 },
  // A TSA may be briefly down; the next timer tick enqueues a fresh job anyway.
  'ledger.checkpoint': { maxAttempts: 3, backoffMs: 30_000 },
};

export type JobOutcome = { outcome: 'done' } | { outcome: 'skipped'; reason: string };

/** A handler does its work idempotently; it throws only for real faults (then the job is retried). */
export type JobHandler<N extends JobName> = (payload: JobPayload<N>) => Promise<JobOutcome>;

export type JobHandlers = { [N in JobName]: JobHandler<N> };

/** Exponential backoff: backoffMs × 2^(attempt-1). */
export const nextRetryAt = (now: Date, policy: RetryPolicy, attempts: number): Date | null =>
  attempts >= policy.maxAttempts ? null : new Date(now.getTime() + policy.backoffMs * 2 ** (attempts - 1));
