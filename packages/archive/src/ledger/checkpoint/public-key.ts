import { pemBlocks } from '../../shared/pem';
import { sha256Hex } from '../../shared/sha256';

/** The DER (SPKI) of the first PUBLIC KEY block in a PEM text, or null. */
export const spkiFromPem = (pem: string): Uint8Array | null => pemBlocks(pem, 'PUBLIC KEY')[0] ?? null;

/** A public key's fingerprint: SHA-256 of its SPKI DER, lowercase hex; null when the PEM holds no key. */
export async function publicKeyFingerprint(publicKeyPem: string): Promise<string | null> {
  const der = spkiFromPem(publicKeyPem);
  return der ? sha256Hex(der) : null;
}

/** The fingerprint as people compare it: first 16 hex digits in groups of four. */
export const shortFingerprint = (fingerprint: string): string =>
  (fingerprint.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
