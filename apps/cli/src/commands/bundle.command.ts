import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { databaseOption } from '../database-option';

/** `corroborate bundle INCIDENT -o FILE.wacz`: a proof bundle anyone can check with verify-bundle. */
export const registerBundle = (program: Command): void => {
  program
    .command('bundle')
    .description(
      'write an incident proof bundle (WACZ): evidence, ledger slice, signed checkpoint, timestamps',
    )
    .argument('<incident>', 'incident id')
    .requiredOption('-o, --output <file>', 'where to write the .wacz')
    .addOption(databaseOption())
    .action(async (incidentId: string, opts: { db: string; output: string }) => {
      const { buildProofBundle } = await import('@corroborate/ingest');
      const { withApp } = await import('../compose');
      const built = await withApp(opts.db, (app) =>
        buildProofBundle({ ...app, preservation: app.preservation() }, incidentId),
      );
      await writeFile(opts.output, built.bytes);
      console.log(
        `bundle ${opts.output}: ${built.documents} documents, ${built.media} media, ${built.captures} captures, ${built.ledgerEntries} ledger entries to checkpoint ${built.checkpointSeq}, ${built.timestamps} timestamps`,
      );
    });
};
