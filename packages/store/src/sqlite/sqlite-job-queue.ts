import {
  JOB_POLICIES,
  notFound,
  type Job,
  type JobName,
  type JobPayload,
  type JobQueue,
  type JobState,
} from '@corroborate/core';
import { emptyJobCounts, JOB_COLUMNS, storedError, toJob } from '../shared/job-row.mapper';
import { iso, num, str } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import type { SqliteSession } from './sqlite-session';

const INSERT = `INSERT INTO jobs (id, name, payload, state, attempts, max_attempts, run_after, dedupe_key, created_at, updated_at)
  VALUES (?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?)
  ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL AND state IN ('queued', 'running') DO NOTHING`;

// A stale lease whose job has used up its attempts is not retried again: it has failed.
const EXPIRE = `UPDATE jobs SET state = 'failed', last_error = 'lease expired: worker stopped while running the job',
    locked_by = NULL, locked_until = NULL, finished_at = @now, updated_at = @now
  WHERE state = 'running' AND locked_until < @now AND attempts >= max_attempts`;

// Due: queued and past run_after, or running with an expired lease (its worker died).
const NEXT = `SELECT id FROM jobs
  WHERE state IN ('queued', 'running')
    AND CASE state WHEN 'queued' THEN run_after <= @now ELSE locked_until < @now END
    AND (@names IS NULL OR name IN (SELECT value FROM json_each(@names)))
  ORDER BY run_after, created_at, id LIMIT 1`;

const TAKE = `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = ?, locked_until = ?, updated_at = ?
  WHERE id = ? RETURNING ${JOB_COLUMNS}`;

/** The job queue in SQLite; claims run inside BEGIN IMMEDIATE, so processes never share a job. */
export class SqliteJobQueue implements JobQueue {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
    private readonly leaseMs: number,
  ) {}

  /** With a dedupeKey that a queued or running job already has, returns that job's id. */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    opts: { dedupeKey?: string } = {},
  ): Promise<string> {
    const policy = JOB_POLICIES[name];
    return await this.session.run((c) =>
      c.atomic(() => {
        const id = this.deps.ids.next('job');
        const now = iso(this.deps.clock.now());
        const dedupeKey = opts.dedupeKey ?? null;
        const { changes } = c.run(
          INSERT,
          id,
          name,
          JSON.stringify(payload),
          policy.maxAttempts,
          now,
          dedupeKey,
          now,
          now,
        );
        if (changes === 1) return id;
        const row = c.get(
          `SELECT id FROM jobs WHERE dedupe_key = ? AND state IN ('queued', 'running')`,
          dedupeKey,
        );
        return row ? str(row, 'id') : id;
      }),
    );
  }

  async claim(workerId: string, names?: JobName[]): Promise<Job | null> {
    return await this.session.run((c) =>
      c.atomic(() => {
        const now = this.deps.clock.now();
        c.run(EXPIRE, { now: iso(now) });
        const next = c.get(NEXT, { now: iso(now), names: names ? JSON.stringify(names) : null });
        if (!next) return null;
        const lease = iso(new Date(now.getTime() + this.leaseMs));
        const row = c.get(TAKE, workerId, lease, iso(now), str(next, 'id'));
        return row ? toJob(row) : null;
      }),
    );
  }

  async complete(jobId: string, outcome: 'done' | 'skipped'): Promise<void> {
    const now = iso(this.deps.clock.now());
    const changed = await this.session.run(
      (c) =>
        c.run(
          `UPDATE jobs SET state = ?, locked_by = NULL, locked_until = NULL, finished_at = ?, updated_at = ? WHERE id = ?`,
          outcome,
          now,
          now,
          jobId,
        ).changes,
    );
    if (changed === 0) throw notFound('job', jobId);
  }

  async fail(jobId: string, error: string, retryAt: Date | null): Promise<void> {
    const now = iso(this.deps.clock.now());
    const message = storedError(error);
    const changed = await this.session.run(
      (c) =>
        (retryAt === null
          ? c.run(
              `UPDATE jobs SET state = 'failed', last_error = ?, locked_by = NULL, locked_until = NULL,
                finished_at = ?, updated_at = ? WHERE id = ?`,
              message,
              now,
              now,
              jobId,
            )
          : c.run(
              `UPDATE jobs SET state = 'queued', last_error = ?, run_after = ?, locked_by = NULL, locked_until = NULL,
                updated_at = ? WHERE id = ?`,
              message,
              iso(retryAt),
              now,
              jobId,
            )
        ).changes,
    );
    if (changed === 0) throw notFound('job', jobId);
  }

  async get(jobId: string): Promise<Job | null> {
    const row = await this.session.run((c) => c.get(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = ?`, jobId));
    return row ? toJob(row) : null;
  }

  async counts(): Promise<Record<JobState, number>> {
    const rows = await this.session.run((c) => c.all('SELECT state, count(*) AS n FROM jobs GROUP BY state'));
    const counts = emptyJobCounts();
    for (const row of rows) counts[str(row, 'state') as JobState] = num(row, 'n');
    return counts;
  }
}
