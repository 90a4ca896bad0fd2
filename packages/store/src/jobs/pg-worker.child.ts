// A worker process for the multi-process test: runs runWorker against DATABASE_URL and records
// every job it runs in job_runs. Prints "ready" once connected; stops on SIGTERM.
import type { JobHandlers } from '@corroborate/core';
import { systemClock } from '../adapters/system-clock';
import { ulidIds } from '../adapters/ulid-ids';
import { openStore } from '../open-store';
import { createPgPool } from '../postgres/pg-pool';
import { runWorker } from './run-worker';

const url = process.env.DATABASE_URL ?? '';
const workerId = process.env.WORKER_ID ?? `pid-${process.pid}`;

const store = await openStore(url, { clock: systemClock, ids: ulidIds });
const log = createPgPool(url, 2);
await log.query('SELECT 1');

const controller = new AbortController();
process.on('SIGTERM', () => controller.abort());

const handlers: JobHandlers = {
  'mail.send': () => Promise.resolve({ outcome: 'skipped', reason: 'no mail here' }),
  'mail.digest': () => Promise.resolve({ outcome: 'skipped', reason: 'no digest here' }),
  'ledger.checkpoint': () => Promise.resolve({ outcome: 'skipped', reason: 'no checkpoint here' }),
  'document.extract': async ({ documentId }) => {
    await log.query('INSERT INTO job_runs (document_id, worker_id) VALUES ($1, $2)', [documentId, workerId]);
    // A little work, so the two workers overlap.
    await new Promise((r) => setTimeout(r, 1 + Math.random() * 2));
    return { outcome: 'done' };
  },
};

process.stdout.write('ready\n');
await runWorker({
  store,
  handlers,
  workerId,
  clock: systemClock,
  signal: controller.signal,
  pollMs: 10,
  onEvent: (e) => {
    if (e.type === 'queue_error' || e.type === 'failed' || e.type === 'retry') {
      process.stderr.write(`${workerId}: ${e.type} ${String('error' in e ? e.error : '')}\n`);
    }
  },
});
await store.close();
await log.end();
