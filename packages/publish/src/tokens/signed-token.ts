import type { TokenSigner } from './token-signer.port';

/** What a token is for; a token for one purpose is refused for any other. */
export type TokenPurpose = 'subscription.confirm' | 'subscription.manage' | 'reader.magic-link';

/** The signed content of a token. */
export interface TokenClaims {
  purpose: TokenPurpose;
  /** The subscription id or the e-mail address the token speaks for. */
  subject: string;
  /** Unix milliseconds; null never expires (one-click unsubscribe must keep working). */
  expiresAt: number | null;
  /** Unique id, for single-use tokens. */
  id?: string;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'wrong_purpose' | 'expired' };

/** "payload.signature", both base64url: safe in URLs and mail without further escaping. */
export function signToken(signer: TokenSigner, claims: TokenClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${signer.sign(payload)}`;
}

/** Checks signature, purpose and expiry; reports why a token is refused instead of throwing. */
export function verifyToken(
  signer: TokenSigner,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): TokenCheck {
  const match = /^([A-Za-z0-9_-]{1,4096})\.([A-Za-z0-9_-]{16,128})$/.exec(token.trim());
  if (!match) return { ok: false, reason: 'malformed' };
  const [, payload = '', signature = ''] = match;
  if (!signer.verify(payload, signature)) return { ok: false, reason: 'bad_signature' };
  const claims = parseClaims(payload);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (claims.purpose !== purpose) return { ok: false, reason: 'wrong_purpose' };
  if (claims.expiresAt !== null && claims.expiresAt <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

function parseClaims(payload: string): TokenClaims | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { purpose, subject, expiresAt, id } = value as Record<string, unknown>;
    if (typeof purpose !== 'string' || typeof subject !== 'string') return null;
    if (expiresAt !== null && typeof expiresAt !== 'number') return null;
    if (id !== undefined && typeof id !== 'string') return null;
    return { purpose: purpose as TokenPurpose, subject, expiresAt, ...(id === undefined ? {} : { id }) };
  } catch {
    return null;
  }
}
