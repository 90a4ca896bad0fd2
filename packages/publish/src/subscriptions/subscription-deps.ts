import { DomainError, notFound } from '@corroborate/core';
import type { Clock, IdGenerator } from '@corroborate/core';
import type { DeliveryPolicy } from '../mail/delivery-policy';
import { signToken, verifyToken } from '../tokens/signed-token';
import type { TokenPurpose } from '../tokens/signed-token';
import { tokenRefused } from '../tokens/token-errors';
import type { TokenSigner } from '../tokens/token-signer.port';
import type { Subscription } from './subscription';
import type { SubscriptionStore } from './subscription-store.port';

/** Everything the subscription use cases touch. */
export interface SubscriptionDeps {
  store: SubscriptionStore;
  signer: TokenSigner;
  clock: Clock;
  ids: IdGenerator;
  /** How long an opt-in link works; default 7 days. */
  confirmTtlMs?: number;
  deliveryPolicy?: DeliveryPolicy;
}

export const DEFAULT_CONFIRM_TTL_MS = 7 * 24 * 3_600_000;

/**
 * The token in every mail's unsubscribe and preferences links. It never expires: RFC 8058
 * one-click unsubscribe has to work from any old mail, without logging in.
 */
export const manageTokenFor = (deps: Pick<SubscriptionDeps, 'signer'>, sub: Subscription): string =>
  signToken(deps.signer, { purpose: 'subscription.manage', subject: sub.id, expiresAt: null });

/** The subscription a token speaks for, or forbidden/not_found. */
export async function subscriptionForToken(
  deps: Pick<SubscriptionDeps, 'signer' | 'clock' | 'store'>,
  token: string,
  purpose: TokenPurpose,
  what: string,
): Promise<Subscription> {
  const check = verifyToken(deps.signer, token, purpose, deps.clock.now());
  if (!check.ok) throw tokenRefused(what, check);
  const sub = await deps.store.getById(check.claims.subject);
  if (!sub) throw notFound('subscription', check.claims.subject);
  return sub;
}

export const invalid = (message: string, path: string): DomainError =>
  new DomainError('validation_failed', message, [{ path: [path], message }]);
