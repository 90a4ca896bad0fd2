import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32';
import { hotp, newTotpSecret, totpCode, verifyTotp } from './totp';

// RFC 6238 Appendix B: SHA-1 key "12345678901234567890", 8-digit codes.
const RFC_KEY = new TextEncoder().encode('12345678901234567890');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('gives the RFC test vector at %i s', (seconds, expected) => {
    expect(totpCode(RFC_KEY, new Date(seconds * 1000), 8)).toBe(expected);
  });

  it('gives the RFC 4226 HOTP vectors for counters 0 and 9', () => {
    expect(hotp(RFC_KEY, 0)).toBe('755224');
    expect(hotp(RFC_KEY, 9)).toBe('520489');
  });

  it('accepts the current code and its neighbours one step away, and nothing further', () => {
    const secret = base32Encode(RFC_KEY);
    const at = new Date(1111111111 * 1000);
    const code = totpCode(RFC_KEY, at);
    const step = Math.floor(1111111111 / 30);
    expect(verifyTotp(secret, code, at)).toBe(step);
    expect(verifyTotp(secret, code, new Date(at.getTime() + 30_000))).toBe(step);
    expect(verifyTotp(secret, code, new Date(at.getTime() - 30_000))).toBe(step);
    expect(verifyTotp(secret, code, new Date(at.getTime() + 61_000))).toBeNull();
  });

  it('refuses malformed codes and secrets', () => {
    const secret = newTotpSecret();
    expect(verifyTotp(secret, '12345', new Date())).toBeNull();
    expect(verifyTotp(secret, 'abcdef', new Date())).toBeNull();
    expect(verifyTotp('not base32!', '123456', new Date())).toBeNull();
  });

  it('round-trips base32 and makes 160-bit secrets', () => {
    expect(base32Encode(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi==')).toEqual(new TextEncoder().encode('foobar'));
    expect(base32Decode(newTotpSecret())?.length).toBe(20);
  });
});
