import type { JobName, JobPayload } from '../jobs/job-catalogue';

export type JobState = 'queued' | 'running' | 'done' | 'skipped' | 'failed';

export interface Job<N extends JobName = JobName> {
  id: string;
  name: N;
  payload: JobPayload<N>;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAfter: Date;
  lastError: string | null;
  /** Stable key: enqueueing the same key twice while one is pending adds nothing. */
  dedupeKey: string | null;
}

export interface JobQueue {
  enqueue<N extends JobName>(name: N, payload: JobPayload<N>, opts?: { dedupeKey?: string }): Promise<string>;
  /** Takes the next due job for this worker, marking it running; no two workers get the same job. */
  claim(workerId: string, names?: JobName[]): Promise<Job | null>;
  complete(jobId: string, outcome: 'done' | 'skipped'): Promise<void>;
  /** Records a failure; retries after `retryAt`, or marks it failed for good when it is null. */
  fail(jobId: string, error: string, retryAt: Date | null): Promise<void>;
  get(jobId: string): Promise<Job | null>;
  counts(): Promise<Record<JobState, number>>;
}
