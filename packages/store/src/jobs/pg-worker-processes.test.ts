import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../adapters/system-clock';
import { ulidIds } from '../adapters/ulid-ids';
import { pgAvailability } from '../contract/pg-availability';
import { createTestSchema, withSchema } from '../contract/pg-harness';
import { openStore } from '../open-store';
import { createPgPool } from '../postgres/pg-pool';
import { num } from '../shared/row-reader';

const JOBS = 300;
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./pg-worker.child.ts', import.meta.url));

/** Starts a worker process and resolves once it has connected. */
function startWorker(
  url: string,
  workerId: string,
): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url, WORKER_ID: workerId },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve({ child, exited });
    });
    void exited.then((code) => reject(new Error(`worker ${workerId} exited early with ${code}`)));
  });
}

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not done after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const pg = pgAvailability();

describe.skipIf('skip' in pg)(
  `job queue across processes${'skip' in pg ? ` (skipped: ${pg.skip})` : ''}`,
  () => {
    const cleanups: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it(
      `two PostgreSQL worker processes run each of ${JOBS} jobs exactly once`,
      { timeout: 90_000 },
      async () => {
        if ('fail' in pg) throw new Error(pg.fail);
        if (!('url' in pg)) return;
        const admin = createPgPool(pg.url, 1);
        cleanups.push(() => admin.end());
        const { schema, drop } = await createTestSchema(admin, 'workers');
        cleanups.push(drop);
        const url = withSchema(pg.url, schema);
        const store = await openStore(url, { clock: systemClock, ids: ulidIds }, { migrate: true });
        cleanups.push(() => store.close());
        await admin.query(
          `CREATE TABLE ${schema}.job_runs (document_id text NOT NULL, worker_id text NOT NULL)`,
        );

        const workers = await Promise.all([startWorker(url, 'w1'), startWorker(url, 'w2')]);
        cleanups.push(() => Promise.resolve(workers.forEach((w) => w.child.kill('SIGKILL'))));
        // Jobs arrive only once both workers are polling, so they compete for every one.
        await store.transaction(async (tx) => {
          for (let i = 0; i < JOBS; i++)
            await tx.jobs.enqueue('document.extract', { documentId: `doc_${i}` });
        });
        await waitFor(async () => (await store.jobs.counts()).done === JOBS, 60_000);
        for (const w of workers) w.child.kill('SIGTERM');
        expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

        const { rows } = await admin.query<Record<string, unknown>>(
          `SELECT count(*) AS runs, count(DISTINCT document_id) AS jobs FROM ${schema}.job_runs`,
        );
        expect({ runs: num(rows[0]!, 'runs'), jobs: num(rows[0]!, 'jobs') }).toEqual({
          runs: JOBS,
          jobs: JOBS,
        });
        const perWorker = await admin.query<Record<string, unknown>>(
          `SELECT worker_id, count(*) AS n FROM ${schema}.job_runs GROUP BY worker_id ORDER BY worker_id`,
        );
        // Both took part: the test would prove nothing if one worker ran everything.
        expect(perWorker.rows.map((r) => r.worker_id)).toEqual(['w1', 'w2']);
        expect(perWorker.rows.every((r) => num(r, 'n') > 10)).toBe(true);
        expect(await store.jobs.counts()).toEqual({
          queued: 0,
          running: 0,
          done: JOBS,
          skipped: 0,
          failed: 0,
        });
      },
    );
  },
);
