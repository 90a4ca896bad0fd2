import type { JobQueue } from '@corroborate/core';

/** One queued checkpoint job at most: the queue drops a second enqueue while one is queued or running. */
export const CHECKPOINT_DEDUPE_KEY = 'ledger.checkpoint';

/** Queues a `ledger.checkpoint` job unless one is already waiting; returns the job id. */
export const enqueueCheckpoint = (jobs: Pick<JobQueue, 'enqueue'>): Promise<string> =>
  jobs.enqueue('ledger.checkpoint', {}, { dedupeKey: CHECKPOINT_DEDUPE_KEY });

/**
 * Queues a checkpoint job now and every `everyMs` until `signal` aborts, so a worker checkpoints
 * periodically; whether one is actually due stays the job's decision. Enqueue errors are reported, not thrown.
 */
export const scheduleCheckpoints = (
  jobs: Pick<JobQueue, 'enqueue'>,
  opts: { everyMs: number; signal: AbortSignal; onError?: (error: unknown) => void },
): void => {
  if (opts.signal.aborted) return;
  const tick = (): void => {
    enqueueCheckpoint(jobs).catch((error: unknown) => opts.onError?.(error));
  };
  tick();
  const timer = setInterval(tick, opts.everyMs);
  opts.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
};
