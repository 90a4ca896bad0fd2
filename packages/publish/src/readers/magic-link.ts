import { DomainError } from '@corroborate/core';
import type { Clock } from '@corroborate/core';
import { normaliseEmail } from '../subscriptions/subscription-rules';
import { signToken, verifyToken } from '../tokens/signed-token';
import { tokenRefused } from '../tokens/token-errors';
import type { RandomSource, TokenSigner } from '../tokens/token-signer.port';
import type { UsedTokenStore } from './used-token-store.port';

export const DEFAULT_MAGIC_LINK_TTL_MS = 15 * 60_000;

export interface MagicLinkDeps {
  signer: TokenSigner;
  clock: Clock;
  random: RandomSource;
  usedTokens: UsedTokenStore;
  ttlMs?: number;
}

export interface IssuedMagicLink {
  email: string;
  token: string;
  tokenId: string;
  expiresAt: Date;
}

/** A signed, expiring, single-use sign-in token for an address; mail it with magicLinkMessage. */
export function issueMagicLink(deps: Omit<MagicLinkDeps, 'usedTokens'>, rawEmail: string): IssuedMagicLink {
  const email = normaliseEmail(rawEmail);
  const expiresAt = new Date(deps.clock.now().getTime() + (deps.ttlMs ?? DEFAULT_MAGIC_LINK_TTL_MS));
  const tokenId = deps.random.token(16);
  const token = signToken(deps.signer, {
    purpose: 'reader.magic-link',
    subject: email,
    expiresAt: expiresAt.getTime(),
    id: tokenId,
  });
  return { email, token, tokenId, expiresAt };
}

/** The address a sign-in link proves, once: a second use, an expired or forged link is forbidden. */
export async function redeemMagicLink(deps: MagicLinkDeps, token: string): Promise<{ email: string }> {
  const check = verifyToken(deps.signer, token, 'reader.magic-link', deps.clock.now());
  if (!check.ok) throw tokenRefused('sign-in link', check);
  const { id, subject, expiresAt } = check.claims;
  if (id === undefined || expiresAt === null)
    throw tokenRefused('sign-in link', { ok: false, reason: 'malformed' });
  if (!(await deps.usedTokens.consume(id, new Date(expiresAt)))) {
    throw new DomainError('forbidden', 'sign-in link has already been used');
  }
  return { email: subject };
}
