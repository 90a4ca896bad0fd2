import { notFound } from '@corroborate/core';
import { DEFAULT_DELIVERY_POLICY, nextDeliveryAction } from '../mail/delivery-policy';
import type { DeliveryAction } from '../mail/delivery-policy';
import type { DeliveryFailure } from '../mail/mailer.port';
import { targetKey } from './subscription';
import type { Cadence, FollowTarget, Subscription } from './subscription';
import type { SubscriptionDeps } from './subscription-deps';
import { afterFailure, afterSuccess, normaliseTag, specificity } from './subscription-rules';

/** One address to notify: through its most specific subscription, immediately if any asks so. */
export interface Recipient {
  subscription: Subscription;
  cadence: Cadence;
}

/** What an update is about: the incident and its tags (the site is always included). */
export interface UpdateScope {
  incidentId?: string;
  tags?: string[];
}

/** Everyone to notify of an update, one entry per address however many of its targets match. */
export async function recipientsForUpdate(
  deps: Pick<SubscriptionDeps, 'store'>,
  scope: UpdateScope,
): Promise<Recipient[]> {
  const targets: FollowTarget[] = [
    { kind: 'site' },
    ...(scope.tags ?? []).map((tag): FollowTarget => ({ kind: 'tag', tag: normaliseTag(tag) })),
    ...(scope.incidentId ? [{ kind: 'incident', incidentId: scope.incidentId } as const] : []),
  ];
  const subs = await deps.store.listConfirmedForTargets(targets.map(targetKey));
  const byEmail = new Map<string, Recipient>();
  for (const sub of subs) {
    const seen = byEmail.get(sub.email);
    const cadence: Cadence =
      sub.cadence === 'immediate' || seen?.cadence === 'immediate' ? 'immediate' : 'digest';
    const subscription =
      !seen || specificity(sub.target) > specificity(seen.subscription.target) ? sub : seen.subscription;
    byEmail.set(sub.email, { subscription, cadence });
  }
  return [...byEmail.values()].sort((a, b) => a.subscription.email.localeCompare(b.subscription.email));
}

/** The public "N followers" figure: confirmed, not paused, not unsubscribed. */
export const followerCount = (deps: Pick<SubscriptionDeps, 'store'>, target: FollowTarget): Promise<number> =>
  deps.store.countConfirmedForTarget(targetKey(target));

/** Records a failed send and applies the bounce policy (retry later, or pause the address). */
export async function recordDeliveryFailure(
  deps: SubscriptionDeps,
  subscriptionId: string,
  failure: DeliveryFailure,
): Promise<DeliveryAction> {
  const sub = await deps.store.getById(subscriptionId);
  if (!sub) throw notFound('subscription', subscriptionId);
  const now = deps.clock.now();
  const action = nextDeliveryAction(sub, failure, now, deps.deliveryPolicy ?? DEFAULT_DELIVERY_POLICY);
  await deps.store.save(afterFailure(sub, action, now));
  return action;
}

/** Records a delivered mail: the failure count starts again. */
export async function recordDeliverySuccess(deps: SubscriptionDeps, subscriptionId: string): Promise<void> {
  const sub = await deps.store.getById(subscriptionId);
  if (!sub) throw notFound('subscription', subscriptionId);
  const next = afterSuccess(sub, deps.clock.now());
  if (next !== sub) await deps.store.save(next);
}
