import type { Command } from 'commander';
import { databaseOption } from '../database-option';

interface DigestOptions {
  db: string;
  period?: string;
}

export const registerSite = (program: Command): void => {
  const site = program.command('site').description('the public site');
  site
    .command('digest')
    .description(
      'queue the digest mails (updates since each digest subscriber’s last digest); a worker sends them. Run daily, e.g. from cron',
    )
    .option('--period <label>', 'dedupe label of this run (default: today, UTC)')
    .addOption(databaseOption())
    .action(async (opts: DigestOptions) => {
      const { withApp } = await import('../compose');
      const period = opts.period ?? new Date().toISOString().slice(0, 10);
      const jobId = await withApp(opts.db, (app) =>
        // While one run of a period is pending, asking again adds nothing.
        app.store.jobs.enqueue('mail.digest', { period }, { dedupeKey: `mail.digest:${period}` }),
      );
      console.log(`queued mail.digest for ${period} (job ${jobId}); a worker sends the digests`);
    });
};
