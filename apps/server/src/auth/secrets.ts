import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session ids, CSRF tokens, API tokens. */
export const randomSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;

/** API tokens carry a prefix, so a leaked one is recognisable (and secret scanners can spot it). */
export const API_TOKEN_PREFIX = 'cor_';

/** Constant-time comparison of two hex digests. */
export const sameDigest = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
