import type { Command } from 'commander';
import { databaseOption } from '../database-option';
import { createProgress } from '../progress';

interface IngestOptions {
  db: string;
  allowPrivate: boolean;
  extract: boolean;
}

export const registerIngest = (program: Command): void => {
  program
    .command('ingest')
    .description('store documents from files, folders (recursively) or http(s) URLs, and queue claim extraction')
    .argument('<inputs...>', 'files, folders or URLs: .txt .html .md .jsonl')
    .addOption(databaseOption())
    .option('--allow-private', 'allow URLs on private and loopback addresses', false)
    .option('--no-extract', 'only queue extraction; do not run it now')
    .action(async (inputs: string[], opts: IngestOptions) => {
      const { ingestExitCode, ingestInputs } = await import('@corroborate/ingest');
      const { drainJobs } = await import('@corroborate/store');
      const { withApp } = await import('../compose');
      const progress = createProgress(process.stderr);
      const summary = await withApp(opts.db, async (app) => {
        const result = await ingestInputs(inputs, app, {
          allowPrivate: opts.allowPrivate,
          onProgress: (p) => progress.update(p.done, p.total, p.input),
        });
        progress.stop();
        // On the embedded database the CLI is also the worker: extract what it just stored.
        if (opts.extract && app.store.engine === 'sqlite') {
          await drainJobs({ store: app.store, handlers: app.handlers, clock: app.clock, workerId: 'cli-ingest' });
        }
        return result;
      });
      for (const w of summary.warnings) console.error(`warning: ${w.input}: ${w.message}`);
      for (const f of summary.failed) console.error(`failed: ${f.reason}`);
      for (const s of summary.skipped) console.error(`skipped: ${s.input}: ${s.reason}`);
      console.log(
        `ingested: ${summary.stored} stored, ${summary.duplicates} duplicates, ${summary.failed.length} failed, ${summary.skipped.length} skipped`,
      );
      process.exitCode = ingestExitCode(summary);
    });
};
