import type { Command } from 'commander';
import { DomainError, isDomainError } from '@corroborate/core';
import type { CaptureDeps } from '@corroborate/ingest';
import { databaseOption } from '../database-option';
import { EXIT_FAILURE } from '../exit-codes';

interface CaptureCliOptions {
  db: string;
  allowPrivate: boolean;
  maxImages: string;
}

/**
 * `corroborate capture URL...`: each page and its images into a WARC in the blob store, the text as
 * a document, the images as media, all in the ledger; then a checkpoint when the policy says so.
 */
export const registerCapture = (program: Command): void => {
  program
    .command('capture')
    .description('archive web pages and their images as WARC, store text and images as evidence, ledger them')
    .argument('<urls...>', 'http(s) URLs of pages')
    .addOption(databaseOption())
    .option('--allow-private', 'allow URLs on private and loopback addresses', false)
    .option('--max-images <n>', 'images to take per page', '50')
    .action(async (urls: string[], opts: CaptureCliOptions) => {
      const { capturePage, createMediaIngester } = await import('@corroborate/ingest');
      const { withApp } = await import('../compose');
      const maxImages = Number(opts.maxImages);
      if (!Number.isSafeInteger(maxImages) || maxImages < 0)
        throw new DomainError('validation_failed', `--max-images "${opts.maxImages}" is not a whole number`);
      let failed = 0;
      await withApp(opts.db, async (app) => {
        const media = createMediaIngester(app);
        const deps: CaptureDeps = { ...app, ingestImage: (src) => media.ingestImage(src) };
        for (const url of urls) {
          try {
            const got = await capturePage(deps, url, { allowPrivate: opts.allowPrivate, maxImages });
            for (const w of got.warnings) console.error(`warning: ${url}: ${w}`);
            const stored = got.images.filter((i) => i.mediaId).length;
            console.log(
              `captured ${url}: ${got.capture.id}, WARC sha256 ${got.capture.sha256}, document ${got.document?.id ?? 'none'}, ${stored} of ${got.images.length} images`,
            );
          } catch (err) {
            if (!isDomainError(err)) throw err;
            failed += 1;
            console.error(`failed: ${url}: ${err.message}`);
          }
        }
        const cp = await app.preservation().checkpointIfDue();
        if (cp) console.log(`checkpoint at ledger entry ${cp.seq}`);
      });
      if (failed > 0) process.exitCode = EXIT_FAILURE;
    });
};
