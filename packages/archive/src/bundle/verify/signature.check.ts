import { isDomainError } from '@corroborate/core';
import type { SignedCheckpoint } from '../../ledger/checkpoint/checkpoint';
import { shortFingerprint } from '../../ledger/checkpoint/public-key';
import type { SignatureVerifier } from '../../ledger/checkpoint/signature-verifier';
import { verifyCheckpoint } from '../../ledger/checkpoint/verify-checkpoint';
import { fromUtf8 } from '../../shared/bytes';
import type { WaczArchive } from '../../wacz/wacz.reader';
import { CHECKPOINT, PUBLIC_KEY } from '../bundle-layout';
import type { BundleCheck } from '../proof-bundle.types';

/** The checkpoint's Ed25519 signature verifies with the bundled key, and that key is the one expected. */
export async function checkSignature(
  wacz: WaczArchive,
  cp: SignedCheckpoint | null,
  opts: { expectedKeyFingerprint?: string; verifier?: SignatureVerifier },
): Promise<BundleCheck> {
  const name = 'checkpoint_signature';
  const pem = wacz.file(PUBLIC_KEY);
  if (!cp) return { name, ok: false, detail: `${CHECKPOINT} is missing or malformed.` };
  if (!pem)
    return { name, ok: false, detail: `${PUBLIC_KEY} is missing, so the signature cannot be checked.` };
  let result;
  try {
    result = await verifyCheckpoint(cp, fromUtf8(pem), opts.verifier);
  } catch (err) {
    return {
      name,
      ok: false,
      detail: `The signature could not be checked: ${isDomainError(err) ? err.message : String(err)}.`,
    };
  }
  if (!result.ok || !result.fingerprint)
    return {
      name,
      ok: false,
      detail: `The checkpoint signature is not valid: ${result.problem ?? 'unknown'}.`,
    };
  const key = shortFingerprint(result.fingerprint);
  const expected = opts.expectedKeyFingerprint?.toLowerCase().replace(/[^0-9a-f]/g, '');
  if (expected && !result.fingerprint.startsWith(expected)) {
    return {
      name,
      ok: false,
      detail: `The checkpoint is signed by key ${key}, not by the expected key ${shortFingerprint(expected)}.`,
    };
  }
  const trust = expected
    ? ', the key you expected'
    : '; compare this fingerprint with the one the publisher announces';
  return { name, ok: true, detail: `The checkpoint at entry ${cp.seq} is signed by key ${key}${trust}.` };
}
