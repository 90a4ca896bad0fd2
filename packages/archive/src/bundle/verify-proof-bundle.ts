import { checkpointFromJson } from '../ledger/checkpoint/checkpoint';
import type { SignatureVerifier } from '../ledger/checkpoint/signature-verifier';
import { checkWacz } from '../wacz/wacz.check';
import { openWacz } from '../wacz/wacz.reader';
import { CHECKPOINT, MANIFEST } from './bundle-layout';
import type { BundleCheck, BundleReport } from './proof-bundle.types';
import { readManifest } from './verify/bundle-manifest';
import { checkFileHashes } from './verify/file-hashes.check';
import { checkCheckpointMatchesLedger, checkEvidenceInLedger, checkLedgerChain } from './verify/ledger.check';
import { checkSignature } from './verify/signature.check';
import { checkTimestamps } from './verify/timestamps.check';

export interface VerifyBundleOptions {
  /** Name for messages, e.g. the file name. */
  name?: string;
  /** The publisher's key fingerprint (hex, a prefix of 16+ digits is enough); without it any key is accepted. */
  expectedKeyFingerprint?: string;
  /** PEM CA certificates the TSA certificates must chain to. */
  trustedTsaCertsPem?: string;
  /** Fail when no timestamp is included (default true). */
  requireTimestamp?: boolean;
  /** Ed25519 checker; default WebCrypto. */
  signatureVerifier?: SignatureVerifier;
}

async function structureCheck(
  wacz: Awaited<ReturnType<typeof openWacz>>,
  hasCaptures: boolean,
): Promise<BundleCheck> {
  const result = await checkWacz(wacz, { requireWarc: hasCaptures });
  if (result.ok)
    return {
      name: 'wacz_structure',
      ok: true,
      detail: `The WACZ structure is valid; datapackage.json vouches for all ${result.verifiedFiles} files.`,
    };
  const issues = result.issues.map((i) => `${i.path} ${i.message}`).join('; ');
  return {
    name: 'wacz_structure',
    ok: false,
    detail: `The WACZ structure has ${result.issues.length} problem(s): ${issues}.`,
  };
}

/**
 * Verifies a proof bundle and says what it found: WACZ structure, every file's SHA-256, the ledger chain,
 * that the checkpoint covers it, that each evidence file is in the ledger, the checkpoint's Ed25519
 * signature, and every RFC 3161 timestamp. Throws a DomainError only when the bytes are not a ZIP at all.
 * Uses no node-only API (WebCrypto, DecompressionStream, pkijs), so a browser page can run it.
 */
export async function verifyProofBundle(
  bytes: Uint8Array,
  opts: VerifyBundleOptions = {},
): Promise<BundleReport> {
  const wacz = await openWacz(bytes, opts.name ?? 'proof bundle');
  const { manifest, problem } = readManifest(wacz.file(MANIFEST));
  const checkpointBytes = wacz.file(CHECKPOINT);
  const cp = checkpointBytes ? checkpointFromJson(checkpointBytes) : null;
  const ledger = await checkLedgerChain(wacz);
  const checks: BundleCheck[] = [
    await structureCheck(wacz, manifest?.files.some((f) => f.role === 'capture') ?? true),
    await checkFileHashes(wacz, manifest, problem),
    ledger.check,
    checkCheckpointMatchesLedger(cp, ledger.entries),
    await checkEvidenceInLedger(wacz, manifest, ledger.entries),
    await checkSignature(wacz, cp, {
      ...(opts.expectedKeyFingerprint ? { expectedKeyFingerprint: opts.expectedKeyFingerprint } : {}),
      ...(opts.signatureVerifier ? { verifier: opts.signatureVerifier } : {}),
    }),
    ...(await checkTimestamps(wacz, manifest, opts)),
  ];
  return { ok: checks.every((c) => c.ok), checks };
}
