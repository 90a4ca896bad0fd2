import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { createHmacSigner } from './node-crypto.adapter';
import { signToken, verifyToken } from './signed-token';

const secret = 'k'.repeat(32);
const signer = createHmacSigner([secret]);
const now = new Date('2014-06-16T09:00:00Z');
const claims = {
  purpose: 'subscription.confirm' as const,
  subject: 'sub_1',
  expiresAt: now.getTime() + 1000,
};

describe('signed tokens', () => {
  it('round-trip their claims', () => {
    expect(verifyToken(signer, signToken(signer, claims), 'subscription.confirm', now)).toEqual({
      ok: true,
      claims,
    });
  });

  it('are URL-safe', () => {
    expect(signToken(signer, { ...claims, subject: 'a/b+c=d?é' })).toMatch(
      /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/,
    );
  });

  it('are refused once expired', () => {
    const later = new Date(now.getTime() + 1000);
    expect(verifyToken(signer, signToken(signer, claims), 'subscription.confirm', later)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('never expire with expiresAt null', () => {
    const token = signToken(signer, { ...claims, expiresAt: null });
    expect(verifyToken(signer, token, 'subscription.confirm', new Date('2100-01-01')).ok).toBe(true);
  });

  it('are refused for another purpose', () => {
    expect(verifyToken(signer, signToken(signer, claims), 'subscription.manage', now)).toMatchObject({
      reason: 'wrong_purpose',
    });
  });

  it('are refused when the payload is altered', () => {
    const [, sig] = signToken(signer, claims).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, subject: 'sub_2' })).toString('base64url');
    expect(verifyToken(signer, `${forged}.${sig}`, 'subscription.confirm', now)).toMatchObject({
      reason: 'bad_signature',
    });
  });

  it('are refused when signed with another secret', () => {
    const other = createHmacSigner(['o'.repeat(32)]);
    expect(verifyToken(signer, signToken(other, claims), 'subscription.confirm', now)).toMatchObject({
      reason: 'bad_signature',
    });
  });

  it.each(['', 'abc', 'a.b', '....', `${'a'.repeat(5000)}.${'b'.repeat(43)}`])(
    'are refused when malformed: %j',
    (t) => {
      expect(verifyToken(signer, t, 'subscription.confirm', now)).toMatchObject({
        ok: false,
        reason: 'malformed',
      });
    },
  );

  it('keep verifying after a secret rotation', () => {
    const rotated = createHmacSigner(['n'.repeat(32), secret]);
    expect(verifyToken(rotated, signToken(signer, claims), 'subscription.confirm', now).ok).toBe(true);
    expect(verifyToken(signer, signToken(rotated, claims), 'subscription.confirm', now).ok).toBe(false);
  });

  it('refuse short signing secrets', () => {
    let caught: unknown;
    try {
      createHmacSigner(['short']);
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught) && caught.code).toBe('validation_failed');
  });
});
