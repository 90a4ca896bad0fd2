import type { Command } from 'commander';
import { randomUUID } from 'node:crypto';
import { databaseOption } from '../database-option';

export const registerWorker = (program: Command): void => {
  program
    .command('worker')
    .description(
      'run background jobs (claim extraction, …) until stopped; several may run at once on PostgreSQL',
    )
    .addOption(databaseOption())
    .option('--poll <ms>', 'how often to look for new jobs', (v) => Number.parseInt(v, 10), 500)
    .option('--id <name>', 'worker name, shown in job records')
    .option(
      '--checkpoint-every <ms>',
      'how often to queue a ledger checkpoint job (signed only when the policy says one is due)',
      (v) => Number.parseInt(v, 10),
      60_000,
    )
    .action(async (opts: { db: string; poll: number; id?: string; checkpointEvery: number }) => {
      const { runWorker } = await import('@corroborate/store');
      const { withApp } = await import('../compose');
      const { scheduleCheckpoints } = await import('../checkpoint-schedule');
      const abort = new AbortController();
      const stop = (): void => abort.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const workerId = opts.id ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
      await withApp(opts.db, async (app) => {
        console.error(`${workerId}: working on ${app.store.engine}; Ctrl-C to stop`);
        scheduleCheckpoints(app.store.jobs, {
          everyMs: opts.checkpointEvery,
          signal: abort.signal,
          onError: (error) => console.error(`${workerId}: could not queue a checkpoint: ${String(error)}`),
        });
        await runWorker({
          store: app.store,
          handlers: app.handlers,
          clock: app.clock,
          workerId,
          signal: abort.signal,
          pollMs: opts.poll,
        });
      });
      console.error(`${workerId}: stopped`);
    });
};
