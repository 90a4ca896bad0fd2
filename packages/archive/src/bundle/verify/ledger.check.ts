import type { SignedCheckpoint } from '../../ledger/checkpoint/checkpoint';
import type { LedgerEntry } from '../../ledger/ledger-entry';
import { ledgerFromJsonl } from '../../ledger/ledger-jsonl';
import { verifyLedger } from '../../ledger/verify-ledger';
import type { WaczArchive } from '../../wacz/wacz.reader';
import { LEDGER } from '../bundle-layout';
import type { BundleCheck, BundleManifest } from '../proof-bundle.types';

/** The ledger slice's chain: every hash recomputes, every link holds, no entry is missing. */
export async function checkLedgerChain(
  wacz: WaczArchive,
): Promise<{ check: BundleCheck; entries: LedgerEntry[] }> {
  const fail = (detail: string, entries: LedgerEntry[] = []) => ({
    check: { name: 'ledger_chain', ok: false, detail },
    entries,
  });
  const bytes = wacz.file(LEDGER);
  if (!bytes) return fail(`${LEDGER} is missing, so nothing ties the files to the checkpoint.`);
  const { entries, badLines } = ledgerFromJsonl(bytes);
  if (badLines.length)
    return fail(`${LEDGER} line ${badLines.join(', ')} is not a well-formed ledger entry.`, entries);
  const result = await verifyLedger(entries);
  if (result.problem) return fail(`The ledger chain is broken: ${result.problem.message}.`, entries);
  const span = result.firstSeq === 1 ? '' : ` (entries ${result.firstSeq}–${result.lastSeq})`;
  return {
    check: {
      name: 'ledger_chain',
      ok: true,
      detail: `The ledger chain of ${result.count} entries${span} is intact.`,
    },
    entries,
  };
}

/** The checkpoint vouches for the slice: it names the slice's last entry and that entry's hash. */
export function checkCheckpointMatchesLedger(
  cp: SignedCheckpoint | null,
  entries: readonly LedgerEntry[],
): BundleCheck {
  const name = 'checkpoint_matches_ledger';
  const last = entries.at(-1);
  if (!cp) return { name, ok: false, detail: 'There is no readable checkpoint to anchor the ledger.' };
  if (!last || last.seq !== cp.seq) {
    return {
      name,
      ok: false,
      detail: `The checkpoint is for entry ${cp.seq}, but the ledger ends at entry ${last?.seq ?? 'none'}.`,
    };
  }
  if (last.hash !== cp.hash)
    return {
      name,
      ok: false,
      detail: `The checkpoint's hash for entry ${cp.seq} differs from the ledger's.`,
    };
  return { name, ok: true, detail: `The checkpoint covers entry ${cp.seq}, the last entry of the ledger.` };
}

/** Every evidence file's actual SHA-256 is recorded in the ledger under its id and kind. */
export async function checkEvidenceInLedger(
  wacz: WaczArchive,
  manifest: BundleManifest | null,
  entries: readonly LedgerEntry[],
): Promise<BundleCheck> {
  const name = 'evidence_in_ledger';
  if (!manifest)
    return {
      name,
      ok: false,
      detail: 'Without a manifest the evidence files cannot be matched to the ledger.',
    };
  const evidence = manifest.files.filter(
    (f) => f.role === 'capture' || f.role === 'media' || f.role === 'document',
  );
  const problems: string[] = [];
  for (const f of evidence) {
    const sha = await wacz.sha256(f.path);
    const found = entries.some((e) => e.kind === f.role && e.objectId === f.objectId && e.sha256 === sha);
    if (!found)
      problems.push(
        `${f.path} (${f.role} ${f.objectId ?? '?'}) is not recorded in the ledger with its SHA-256`,
      );
  }
  if (problems.length) return { name, ok: false, detail: `${problems.join('; ')}.` };
  return {
    name,
    ok: true,
    detail: `All ${evidence.length} evidence files are recorded in the ledger under their SHA-256.`,
  };
}
