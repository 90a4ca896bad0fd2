import type { Command } from 'commander';
import { verifyAuditChain, type Hasher, type Store } from '@corroborate/core';
import { databaseOption } from '../database-option';
import { EXIT_FAILURE, ExitError } from '../exit-codes';

/** What `verify` found: counts when all is well, else the first problem in one line. */
export type IntegrityReport =
  { ok: true; auditEntries: number; lastHash: string; documents: number } | { ok: false; problem: string };

const PROBLEM_WORDS = { hash_mismatch: 'hash mismatch', broken_link: 'broken link', gap: 'gap' } as const;

/**
 * Walks the audit log's hash chain, then re-hashes every document text against its stored SHA-256,
 * and names the first problem (`seq 7: hash mismatch (…)`, `document doc_…: …`).
 */
export const verifyIntegrity = async (store: Store, hasher: Hasher): Promise<IntegrityReport> => {
  const chain = await verifyAuditChain(store.audit.iterate(), hasher);
  if (!chain.ok)
    return { ok: false, problem: `seq ${chain.seq}: ${PROBLEM_WORDS[chain.problem]} (${chain.message})` };
  let documents = 0;
  for await (const doc of store.documents.iterate()) {
    const actual = hasher.sha256(doc.text);
    if (actual !== doc.sha256)
      return {
        ok: false,
        problem: `document ${doc.id}: text does not match its SHA-256 (stored ${doc.sha256.slice(0, 12)}…, text hashes to ${actual.slice(0, 12)}…)`,
      };
    documents += 1;
  }
  return { ok: true, auditEntries: chain.count, lastHash: chain.lastHash, documents };
};

export const registerVerify = (program: Command): void => {
  program
    .command('verify')
    .description(
      'check the audit chain, every document text and blob against its SHA-256, the ledger chain, checkpoint signatures and timestamp tokens; exit 1 at the first problem',
    )
    .addOption(databaseOption())
    .action(async (opts: { db: string }) => {
      const { withApp } = await import('../compose');
      const { MemoryBlobStore, blobDirFor, checkPreservation } = await import('@corroborate/store');
      // PostgreSQL without CORROBORATE_BLOBS has no blob folder: there is nothing to re-hash then.
      let blobsConfigured = true;
      try {
        blobDirFor(opts.db);
      } catch {
        blobsConfigured = false;
      }
      const [report, kept] = await withApp(
        opts.db,
        async (app) => {
          const integrity = await verifyIntegrity(app.store, app.hasher);
          if (!integrity.ok) return [integrity, null] as const;
          const preserved = await checkPreservation({
            store: app.store,
            blobs: blobsConfigured ? app.blobs : new MemoryBlobStore(),
            hasher: app.hasher,
            verifiers: app.preservation().verifiers,
          });
          return [integrity, preserved] as const;
        },
        { migrate: false },
      );
      if (!report.ok) throw new ExitError(EXIT_FAILURE, `verify failed: ${report.problem}`);
      if (kept && !kept.ok) throw new ExitError(EXIT_FAILURE, `verify failed: ${kept.problem}`);
      console.log(`audit chain ok: ${report.auditEntries} entries, last hash ${report.lastHash}`);
      console.log(`documents ok: ${report.documents} texts match their SHA-256`);
      if (kept?.ok) {
        console.log(
          blobsConfigured
            ? `blobs ok: ${kept.blobs} files match their SHA-256`
            : 'blobs: no blob folder configured (CORROBORATE_BLOBS), none checked',
        );
        console.log(
          `ledger ok: ${kept.ledgerEntries} entries chained, ${kept.checkpoints} signed checkpoints, ${kept.timestamps} timestamp tokens`,
        );
      }
    });
};
