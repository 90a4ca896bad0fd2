import { createHmacSigner } from '@corroborate/publish';
import { describe, expect, it } from 'vitest';
import { openCookie, readerFromCookie, safeReturnPath, sealCookie } from './reader-session';

const signer = createHmacSigner(['a test signing secret that is long enough!!']);
const now = new Date('2014-06-16T12:00:00Z');
const reader = {
  provider: 'oidc',
  subject: 'u1',
  displayName: 'Layla',
  avatarUrl: null,
  expiresAt: now.getTime() + 1000,
};

describe('reader session cookie', () => {
  it('round-trips a signed session and refuses tampering, another purpose and expiry', () => {
    const sut = sealCookie(signer, 'reader-session', reader);
    expect(readerFromCookie(signer, sut, now)).toEqual(reader);
    const [payload, sig] = sut.split('.');
    const forged = Buffer.from(JSON.stringify({ ...reader, displayName: 'Admin' })).toString('base64url');
    expect(readerFromCookie(signer, `${forged}.${sig}`, now)).toBeNull();
    expect(readerFromCookie(signer, `${payload}.x${sig}`, now)).toBeNull();
    expect(openCookie(signer, 'reader-login', sut)).toBeNull();
    expect(readerFromCookie(signer, sut, new Date(now.getTime() + 2000))).toBeNull();
    expect(readerFromCookie(signer, undefined, now)).toBeNull();
  });

  it('returns only to same-site paths', () => {
    expect(safeReturnPath('/a/tikrit')).toBe('/a/tikrit');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', undefined])
      expect(safeReturnPath(bad)).toBe('/');
  });
});
