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
    .description(
      'store documents from files, folders (recursively) or http(s) URLs, and queue claim extraction',
    )
    .argument(
      '<inputs...>',
      'files, folders or URLs: .txt .html .md .jsonl, images (.jpg .png .webp .gif .tif .avif .heic)',
    )
    .addOption(databaseOption())
    .option('--allow-private', 'allow URLs on private and loopback addresses', false)
    .option('--no-extract', 'only queue extraction; do not run it now')
    .action(async (inputs: string[], opts: IngestOptions) => {
      const { createMediaIngester, ingestExitCode, ingestInputs } = await import('@corroborate/ingest');
      const { drainJobs } = await import('@corroborate/store');
      const { withApp } = await import('../compose');
      const progress = createProgress(process.stderr);
      let media: ReturnType<typeof createMediaIngester> | undefined;
      const summary = await withApp(opts.db, async (app) => {
        media = createMediaIngester(app);
        const result = await ingestInputs(
          inputs,
          { ...app, ingestMedia: media.ingestMedia },
          {
            allowPrivate: opts.allowPrivate,
            onProgress: (p) => progress.update(p.done, p.total, p.input),
          },
        );
        progress.stop();
        // On the embedded database the CLI is also the worker: extract what it just stored.
        if (opts.extract && app.store.engine === 'sqlite') {
          await drainJobs({
            store: app.store,
            handlers: app.handlers,
            clock: app.clock,
            workerId: 'cli-ingest',
          });
        }
        return result;
      });
      for (const w of summary.warnings) console.error(`warning: ${w.input}: ${w.message}`);
      for (const f of summary.failed) console.error(`failed: ${f.reason}`);
      for (const s of summary.skipped) console.error(`skipped: ${s.input}: ${s.reason}`);
      console.log(
        `ingested: ${summary.stored} stored, ${summary.duplicates} duplicates, ${summary.failed.length} failed, ${summary.skipped.length} skipped`,
      );
      const m = media?.counts;
      if (m && m.stored + m.duplicates + m.failed > 0) {
        console.log(
          `media: ${m.stored} stored, ${m.duplicates} duplicates, ${m.failed} failed, ${m.nearDuplicates} near-duplicate matches, ${m.listHits} hash list hits`,
        );
      }
      process.exitCode = ingestExitCode(summary);
    });
};
