import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DomainError } from '@corroborate/core';
import { EXIT_FAILURE, ExitError } from '../exit-codes';

interface VerifyBundleOptions {
  key?: string;
  tsaCa?: string;
  timestamp: boolean;
}

const readOrRefuse = async (path: string, what: string): Promise<Uint8Array> => {
  try {
    return await readFile(path);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new DomainError('validation_failed', `cannot read ${what} ${path}: ${why}`);
  }
};

/** `corroborate verify-bundle FILE`: every check in plain words; exit 1 when one fails. No database needed. */
export const registerVerifyBundle = (program: Command): void => {
  program
    .command('verify-bundle')
    .description('check a proof bundle: file hashes, ledger chain, checkpoint signature, timestamp tokens')
    .argument('<file>', 'a .wacz written by `corroborate bundle`')
    .option(
      '--key <fingerprint>',
      'the publisher’s key fingerprint (SHA-256 of the public key); refuse any other',
    )
    .option('--tsa-ca <pem>', 'PEM file of the CA(s) the TSA certificates must chain to')
    .option('--no-timestamp', 'accept a bundle without timestamp tokens')
    .action(async (file: string, opts: VerifyBundleOptions) => {
      const { renderBundleReport, verifyProofBundle } = await import('@corroborate/archive');
      const bytes = await readOrRefuse(file, 'bundle');
      const trusted = opts.tsaCa
        ? new TextDecoder().decode(await readOrRefuse(opts.tsaCa, 'TSA CA file'))
        : null;
      const report = await verifyProofBundle(bytes, {
        name: basename(file),
        ...(opts.key ? { expectedKeyFingerprint: opts.key.toLowerCase() } : {}),
        ...(trusted ? { trustedTsaCertsPem: trusted } : {}),
        requireTimestamp: opts.timestamp,
      });
      console.log(renderBundleReport(report));
      if (!report.ok) throw new ExitError(EXIT_FAILURE);
    });
};
