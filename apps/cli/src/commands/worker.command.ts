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
    .action(async (opts: { db: string; poll: number; id?: string }) => {
      const { runWorker } = await import('@corroborate/store');
      const { withApp } = await import('../compose');
      const abort = new AbortController();
      const stop = (): void => abort.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const workerId = opts.id ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
      await withApp(opts.db, async (app) => {
        console.error(`${workerId}: working on ${app.store.engine}; Ctrl-C to stop`);
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
