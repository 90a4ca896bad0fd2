import { fromBase64 } from '../../shared/bytes';
import { checkpointPayload } from './checkpoint';
import type { SignedCheckpoint } from './checkpoint';
import { publicKeyFingerprint } from './public-key';
import type { SignatureVerifier } from './signature-verifier';
import { webCryptoVerifier } from './signature-verifier';

export interface CheckpointVerification {
  ok: boolean;
  /** Fingerprint of the public key given, or null when it held no key. */
  fingerprint: string | null;
  problem: string | null;
}

/** Checks that `publicKeyPem` is the key the checkpoint names and that its signature is good. */
export async function verifyCheckpoint(
  cp: SignedCheckpoint,
  publicKeyPem: string,
  verifier: SignatureVerifier = webCryptoVerifier,
): Promise<CheckpointVerification> {
  const fingerprint = await publicKeyFingerprint(publicKeyPem);
  if (!fingerprint) return { ok: false, fingerprint, problem: 'the public key file holds no PUBLIC KEY' };
  if (fingerprint !== cp.keyFingerprint) {
    return {
      ok: false,
      fingerprint,
      problem: `the checkpoint names key ${cp.keyFingerprint.slice(0, 16)}, not this one`,
    };
  }
  let signature: Uint8Array;
  try {
    signature = fromBase64(cp.signature);
  } catch {
    return { ok: false, fingerprint, problem: 'the signature is not base64' };
  }
  const ok = await verifier.verifyEd25519(publicKeyPem, signature, checkpointPayload(cp));
  return { ok, fingerprint, problem: ok ? null : 'the signature does not match the checkpoint and key' };
}
