import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@corroborate/core';
import type { RandomSource, TokenSigner } from './token-signer.port';

const MIN_SECRET_BYTES = 32;

/**
 * HMAC-SHA256 signer. Signs with the first secret and accepts any of them, so a secret can be
 * rotated: put the new one first and drop the old one once its tokens have expired.
 */
export function createHmacSigner(secrets: readonly string[]): TokenSigner {
  if (secrets.length === 0 || secrets.some((s) => Buffer.byteLength(s) < MIN_SECRET_BYTES)) {
    throw new DomainError(
      'validation_failed',
      `token signing secrets must be at least ${MIN_SECRET_BYTES} bytes each (got ${secrets.length} secret(s))`,
    );
  }
  const mac = (secret: string, data: string): Buffer => createHmac('sha256', secret).update(data).digest();
  return {
    sign: (data) => mac(secrets[0] ?? '', data).toString('base64url'),
    verify(data, signature) {
      const given = Buffer.from(signature, 'base64url');
      return secrets.some((secret) => {
        const expected = mac(secret, data);
        return given.length === expected.length && timingSafeEqual(given, expected);
      });
    },
  };
}

/** Random strings from node:crypto. */
export const cryptoRandomSource: RandomSource = {
  token: (bytes) => randomBytes(bytes).toString('base64url'),
};
