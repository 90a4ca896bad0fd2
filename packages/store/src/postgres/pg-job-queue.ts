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
import type { PgSession } from './pg-session';

const INSERT = `INSERT INTO jobs (id, name, payload, state, attempts, max_attempts, run_after, dedupe_key, created_at, updated_at)
  VALUES ($1, $2, $3::jsonb, 'queued', 0, $4, $5, $6, $5, $5)
  ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL AND state IN ('queued', 'running') DO NOTHING`;

// A stale lease whose job has used up its attempts is not retried again: it has failed.
const EXPIRE = `UPDATE jobs SET state = 'failed', last_error = 'lease expired: worker stopped while running the job',
    locked_by = NULL, locked_until = NULL, finished_at = $1, updated_at = $1
  WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND locked_until < $1 AND attempts >= max_attempts
    FOR UPDATE SKIP LOCKED)`;

// SKIP LOCKED: a row another worker is taking is passed over, so no two workers get one job.
const CLAIM = `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $2, locked_until = $3, updated_at = $1
  WHERE id = (
    SELECT id FROM jobs
    WHERE state IN ('queued', 'running')
      AND CASE state WHEN 'queued' THEN run_after <= $1 ELSE locked_until < $1 END
      AND ($4::text[] IS NULL OR name = ANY ($4::text[]))
    ORDER BY run_after, created_at, id
    LIMIT 1 FOR UPDATE SKIP LOCKED)
  RETURNING ${JOB_COLUMNS}`;

/** The job queue in PostgreSQL, safe for many worker processes. */
export class PgJobQueue implements JobQueue {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
    private readonly leaseMs: number,
  ) {}

  /** With a dedupeKey that a queued or running job already has, returns that job's id. */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    opts: { dedupeKey?: string } = {},
  ): Promise<string> {
    const dedupeKey = opts.dedupeKey ?? null;
    // The pending job with this key may finish between the insert and the lookup: then try again.
    for (;;) {
      const id = this.deps.ids.next('job');
      const now = iso(this.deps.clock.now());
      const params = [id, name, JSON.stringify(payload), JOB_POLICIES[name].maxAttempts, now, dedupeKey];
      const inserted = await this.session.query(INSERT, params);
      if (inserted.rowCount === 1) return id;
      const { rows } = await this.session.query(
        `SELECT id FROM jobs WHERE dedupe_key = $1 AND state IN ('queued', 'running')`,
        [dedupeKey],
      );
      if (rows[0]) return str(rows[0], 'id');
    }
  }

  async claim(workerId: string, names?: JobName[]): Promise<Job | null> {
    const now = this.deps.clock.now();
    await this.session.query(EXPIRE, [iso(now)]);
    const lease = iso(new Date(now.getTime() + this.leaseMs));
    const { rows } = await this.session.query(CLAIM, [iso(now), workerId, lease, names ?? null]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async complete(jobId: string, outcome: 'done' | 'skipped'): Promise<void> {
    const r = await this.session.query(
      `UPDATE jobs SET state = $2, locked_by = NULL, locked_until = NULL, finished_at = $3, updated_at = $3
        WHERE id = $1`,
      [jobId, outcome, iso(this.deps.clock.now())],
    );
    if (r.rowCount === 0) throw notFound('job', jobId);
  }

  async fail(jobId: string, error: string, retryAt: Date | null): Promise<void> {
    const now = iso(this.deps.clock.now());
    const message = storedError(error);
    const r =
      retryAt === null
        ? await this.session.query(
            `UPDATE jobs SET state = 'failed', last_error = $2, locked_by = NULL, locked_until = NULL,
              finished_at = $3, updated_at = $3 WHERE id = $1`,
            [jobId, message, now],
          )
        : await this.session.query(
            `UPDATE jobs SET state = 'queued', last_error = $2, run_after = $4, locked_by = NULL, locked_until = NULL,
              updated_at = $3 WHERE id = $1`,
            [jobId, message, now, iso(retryAt)],
          );
    if (r.rowCount === 0) throw notFound('job', jobId);
  }

  async get(jobId: string): Promise<Job | null> {
    const { rows } = await this.session.query(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1`, [jobId]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async counts(): Promise<Record<JobState, number>> {
    const { rows } = await this.session.query('SELECT state, count(*) AS n FROM jobs GROUP BY state');
    const counts = emptyJobCounts();
    for (const row of rows) counts[str(row, 'state') as JobState] = num(row, 'n');
    return counts;
  }
}
