import type { Command } from 'commander';
import { databaseOption } from '../database-option';

/**
 * `corroborate ledger checkpoint` signs the latest ledger entry now (and timestamps it with the TSAs
 * in CORROBORATE_TSA_URLS); `corroborate ledger public-key` prints the instance's Ed25519 public key.
 */
export const registerLedger = (program: Command): void => {
  const ledger = program.command('ledger').description('the hash-chained ledger of stored evidence');
  ledger
    .command('checkpoint')
    .description(
      'sign a checkpoint over the latest ledger entry now and timestamp it with the configured TSAs',
    )
    .addOption(databaseOption())
    .action(async (opts: { db: string }) => {
      const { withApp } = await import('../compose');
      await withApp(opts.db, async (app) => {
        const p = app.preservation();
        const cp = await p.checkpointNow();
        if (!cp) {
          console.log('ledger is empty: nothing to checkpoint');
          return;
        }
        const tokens = await app.store.checkpoints.timestamps(cp.seq);
        console.log(`checkpoint at entry ${cp.seq} (${cp.at.toISOString()}), key ${cp.keyFingerprint}`);
        console.log(`timestamps: ${tokens.length}${tokens.map((t) => ` ${t.tsaUrl}`).join('')}`);
      });
    });
  ledger
    .command('public-key')
    .description('print the Ed25519 public key (PEM) that signs checkpoints; made on first use')
    .addOption(databaseOption())
    .action(async (opts: { db: string }) => {
      const { withApp } = await import('../compose');
      await withApp(opts.db, async (app) => {
        const signer = await app.preservation().signer();
        process.stdout.write(signer.publicKeyPem);
        console.error(`fingerprint: ${signer.fingerprint}`);
      });
    });
};
