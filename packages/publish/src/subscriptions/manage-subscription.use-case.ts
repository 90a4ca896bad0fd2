import type { Cadence, Subscription } from './subscription';
import { subscriptionForToken } from './subscription-deps';
import type { SubscriptionDeps } from './subscription-deps';
import { unsubscribe, withCadence } from './subscription-rules';

/**
 * One-click unsubscribe (RFC 8058 POST, or the link in the mail): works without logging in and
 * is idempotent, a second request returns the same unsubscribed subscription.
 */
export async function unsubscribeByToken(deps: SubscriptionDeps, token: string): Promise<Subscription> {
  const sub = await subscriptionForToken(deps, token, 'subscription.manage', 'unsubscribe link');
  const next = unsubscribe(sub, deps.clock.now());
  if (next !== sub) await deps.store.save(next);
  return next;
}

/** Digest or immediate mail, chosen from the preferences link. */
export async function changeCadence(
  deps: SubscriptionDeps,
  token: string,
  cadence: Cadence,
): Promise<Subscription> {
  const sub = await subscriptionForToken(deps, token, 'subscription.manage', 'preferences link');
  const next = withCadence(sub, cadence, deps.clock.now());
  if (next !== sub) await deps.store.save(next);
  return next;
}
