import { DomainError } from '@corroborate/core';
import { toArrayBuffer } from '../../shared/bytes';
import { spkiFromPem } from './public-key';

/** Checks an Ed25519 signature; behind an interface so a browser without Ed25519 can plug in another. */
export interface SignatureVerifier {
  verifyEd25519(publicKeyPem: string, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

/** WebCrypto Ed25519 (Node 20, current Chrome, Firefox, Safari): no node-only API. */
export const webCryptoVerifier: SignatureVerifier = {
  async verifyEd25519(publicKeyPem, signature, data) {
    const spki = spkiFromPem(publicKeyPem);
    if (!spki) return false;
    let key: CryptoKey;
    try {
      key = await globalThis.crypto.subtle.importKey(
        'spki',
        toArrayBuffer(spki),
        { name: 'Ed25519' },
        false,
        ['verify'],
      );
    } catch (err) {
      if (err instanceof Error && err.name === 'NotSupportedError') {
        throw new DomainError('unsupported_format', 'this runtime cannot check Ed25519 signatures');
      }
      return false; // not an Ed25519 key
    }
    return globalThis.crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      toArrayBuffer(signature),
      toArrayBuffer(data),
    );
  },
};
