import { runClaimedJob, type WorkerDeps } from './job-runner';

export interface RunWorkerOptions extends WorkerDeps {
  /** Stops the loop; a job already started is finished and recorded first. */
  signal: AbortSignal;
  /** Wait between polls when no job is due. */
  pollMs?: number;
}

/**
 * Claims and runs jobs one at a time until `signal` aborts. Queue errors (database gone) are
 * reported through onEvent and retried after pollMs rather than ending the loop.
 */
export async function runWorker(opts: RunWorkerOptions): Promise<void> {
  const pollMs = opts.pollMs ?? 1_000;
  while (!opts.signal.aborted) {
    try {
      const job = await opts.store.jobs.claim(opts.workerId, opts.names);
      if (job) {
        opts.onEvent?.(await runClaimedJob(opts, job));
        continue;
      }
    } catch (error) {
      opts.onEvent?.({ type: 'queue_error', error });
    }
    await sleep(pollMs, opts.signal);
  }
}

/** Resolves after ms, or at once when the signal aborts. */
export const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
