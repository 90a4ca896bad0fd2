import type { Command } from 'commander';
import type { ImportSummary, PlatformExport } from '@corroborate/ingest';
import { databaseOption } from '../database-option';
import { EXIT_FAILURE } from '../exit-codes';

interface ImportCliOptions {
  db: string;
  extract: boolean;
}

const printSummary = (s: ImportSummary): void => {
  for (const m of s.missing) console.error(`missing: ${m.post}: ${m.what}`);
  for (const m of s.skipped) console.error(`skipped: ${m.post}: ${m.what}`);
  for (const m of s.failed) console.error(`failed: ${m.post}: ${m.what}`);
  console.log(
    `imported: ${s.posts} posts; documents ${s.documents.stored} stored, ${s.documents.duplicates} duplicates; media ${s.media.stored} stored, ${s.media.duplicates} duplicates; ${s.missing.length} missing, ${s.skipped.length} skipped, ${s.failed.length} failed`,
  );
};

/** Runs one import: read the export, store it, extract on SQLite, checkpoint when due. */
const runImport = async (read: () => Promise<PlatformExport>, opts: ImportCliOptions): Promise<void> => {
  const { createMediaIngester, importPosts } = await import('@corroborate/ingest');
  const { drainJobs } = await import('@corroborate/store');
  const { withApp } = await import('../compose');
  const summary = await withApp(opts.db, async (app) => {
    const media = createMediaIngester(app);
    const result = await importPosts({ ...app, ingestImage: (src) => media.ingestImage(src) }, await read());
    // On the embedded database the CLI is also the worker, as with `ingest`.
    if (opts.extract && app.store.engine === 'sqlite')
      await drainJobs({ store: app.store, handlers: app.handlers, clock: app.clock, workerId: 'cli-import' });
    const cp = await app.preservation().checkpointIfDue();
    if (cp) console.log(`checkpoint at ledger entry ${cp.seq}`);
    return result;
  });
  printSummary(summary);
  if (summary.failed.length > 0) process.exitCode = EXIT_FAILURE;
};

/**
 * `corroborate import telegram FOLDER | twitter FOLDER | manifest CSV`: platform exports as documents
 * (one per post) and media (one per attachment); importing the same export again stores nothing.
 */
export const registerImport = (program: Command): void => {
  const cmd = program
    .command('import')
    .description('import platform exports: Telegram, X (Twitter), CSV manifest');
  const sub = (
    name: string,
    arg: string,
    description: string,
    read: (path: string) => Promise<PlatformExport>,
  ) =>
    cmd
      .command(name)
      .description(description)
      .argument(arg)
      .addOption(databaseOption())
      .option('--no-extract', 'only queue extraction; do not run it now')
      .action((path: string, opts: ImportCliOptions) => runImport(() => read(path), opts));
  sub('telegram', '<folder>', 'a Telegram Desktop channel export (result.json + media folders)', async (p) =>
    (await import('@corroborate/ingest')).readTelegramExport(p),
  );
  sub('twitter', '<folder>', 'an X (Twitter) archive (data/tweets.js + data/tweets_media)', async (p) =>
    (await import('@corroborate/ingest')).readXArchive(p),
  );
  sub(
    'manifest',
    '<csv>',
    'files listed in a CSV manifest (header: file,url,title,published,author)',
    async (p) => (await import('@corroborate/ingest')).readCsvManifest(p),
  );
};
