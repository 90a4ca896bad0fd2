import { signToken } from '../tokens/signed-token';
import { targetKey } from './subscription';
import type { Cadence, FollowTarget, Subscription } from './subscription';
import { DEFAULT_CONFIRM_TTL_MS, invalid, manageTokenFor, subscriptionForToken } from './subscription-deps';
import type { SubscriptionDeps } from './subscription-deps';
import { confirm, normaliseEmail, normaliseTag, requestAgain } from './subscription-rules';

export interface SubscribeRequest {
  email: string;
  target: FollowTarget;
  cadence?: Cadence;
}

export interface SubscribeResult {
  subscription: Subscription;
  /** False when the address already follows the target; send no mail then. */
  needsConfirmation: boolean;
  confirmToken: string | null;
  confirmExpiresAt: Date | null;
  manageToken: string;
}

/**
 * Double opt-in, step one: records a pending subscription (or revives a paused/cancelled one) and
 * returns the signed, expiring confirmation token to mail. Answer the visitor the same way
 * whether or not the address was known, so the form does not reveal who follows what.
 */
export async function requestSubscription(
  deps: SubscriptionDeps,
  request: SubscribeRequest,
): Promise<SubscribeResult> {
  const email = normaliseEmail(request.email);
  const target = cleanTarget(request.target);
  const cadence = request.cadence ?? 'immediate';
  const now = deps.clock.now();
  const existing = await deps.store.findByEmailAndTarget(email, targetKey(target));
  const subscription = existing
    ? requestAgain(existing, cadence, now)
    : {
        id: deps.ids.next('sub'),
        email,
        target,
        status: 'pending' as const,
        cadence,
        consecutiveFailures: 0,
        retryAt: null,
        createdAt: now,
        confirmedAt: null,
        pausedAt: null,
        unsubscribedAt: null,
        updatedAt: now,
      };
  if (subscription !== existing) await deps.store.save(subscription);
  const manageToken = manageTokenFor(deps, subscription);
  if (subscription.status === 'confirmed') {
    return {
      subscription,
      needsConfirmation: false,
      confirmToken: null,
      confirmExpiresAt: null,
      manageToken,
    };
  }
  const confirmExpiresAt = new Date(now.getTime() + (deps.confirmTtlMs ?? DEFAULT_CONFIRM_TTL_MS));
  const confirmToken = signToken(deps.signer, {
    purpose: 'subscription.confirm',
    subject: subscription.id,
    expiresAt: confirmExpiresAt.getTime(),
  });
  return { subscription, needsConfirmation: true, confirmToken, confirmExpiresAt, manageToken };
}

/** Double opt-in, step two: the link from the mail confirms the subscription (idempotent). */
export async function confirmSubscription(deps: SubscriptionDeps, token: string): Promise<Subscription> {
  const sub = await subscriptionForToken(deps, token, 'subscription.confirm', 'confirmation link');
  const confirmed = confirm(sub, deps.clock.now());
  if (confirmed !== sub) await deps.store.save(confirmed);
  return confirmed;
}

function cleanTarget(target: FollowTarget): FollowTarget {
  if (target.kind === 'site') return { kind: 'site' };
  if (target.kind === 'tag') {
    const tag = normaliseTag(target.tag);
    if (tag === '') throw invalid('tag is empty', 'target.tag');
    return { kind: 'tag', tag };
  }
  const incidentId = target.incidentId.trim();
  if (!/^[\w-]{1,64}$/.test(incidentId))
    throw invalid(`incident id ${JSON.stringify(incidentId)} is invalid`, 'target.incidentId');
  return { kind: 'incident', incidentId };
}
