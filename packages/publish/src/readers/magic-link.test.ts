import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { FakeClock } from '../test-support/fakes';
import { createHmacSigner } from '../tokens/node-crypto.adapter';
import type { RandomSource } from '../tokens/token-signer.port';
import { InMemoryUsedTokenStore } from './in-memory-used-token.store';
import { issueMagicLink, redeemMagicLink } from './magic-link';
import type { MagicLinkDeps } from './magic-link';

function deps(): MagicLinkDeps & { clock: FakeClock } {
  const clock = new FakeClock(new Date('2014-06-16T09:00:00Z'));
  let n = 0;
  const random: RandomSource = { token: (bytes) => `nonce${(n += 1)}-${bytes}` };
  return {
    signer: createHmacSigner(['magic-link-secret-magic-link-secret']),
    clock,
    random,
    usedTokens: new InMemoryUsedTokenStore(clock),
  };
}

const codeOf = async (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (err: unknown) => (isDomainError(err) ? err.code : 'not a DomainError'),
  );

describe('magic links', () => {
  it('prove the address once', async () => {
    const d = deps();
    const link = issueMagicLink(d, ' Reader@Example.org ');
    expect(link).toMatchObject({ email: 'reader@example.org', tokenId: 'nonce1-16' });
    expect(link.expiresAt.toISOString()).toBe('2014-06-16T09:15:00.000Z');
    expect(await redeemMagicLink(d, link.token)).toEqual({ email: 'reader@example.org' });
    expect(await codeOf(redeemMagicLink(d, link.token))).toBe('forbidden');
  });

  it('expire', async () => {
    const d = deps();
    const link = issueMagicLink(d, 'reader@example.org');
    d.clock.advance(15 * 60_000);
    expect(await codeOf(redeemMagicLink(d, link.token))).toBe('forbidden');
  });

  it('are independent of each other', async () => {
    const d = deps();
    const first = issueMagicLink(d, 'reader@example.org');
    const second = issueMagicLink(d, 'reader@example.org');
    expect(await redeemMagicLink(d, second.token)).toEqual({ email: 'reader@example.org' });
    expect(await redeemMagicLink(d, first.token)).toEqual({ email: 'reader@example.org' });
  });

  it('cannot be forged or reused from another purpose', async () => {
    const d = deps();
    const link = issueMagicLink(d, 'reader@example.org');
    const forged = issueMagicLink(
      { ...d, signer: createHmacSigner(['another-secret-another-secret-12345']) },
      'x@example.org',
    );
    expect(await codeOf(redeemMagicLink(d, forged.token))).toBe('forbidden');
    expect(await codeOf(redeemMagicLink(d, `${link.token}x`))).toBe('forbidden');
  });

  it('refuse an invalid address', () => {
    expect(() => issueMagicLink(deps(), 'nobody')).toThrow(/not an e-mail address/);
  });
});
