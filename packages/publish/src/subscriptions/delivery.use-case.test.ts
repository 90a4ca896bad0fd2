import { describe, expect, it } from 'vitest';
import type { DeliveryFailure } from '../mail/mailer.port';
import {
  followerCount,
  recipientsForUpdate,
  recordDeliveryFailure,
  recordDeliverySuccess,
} from './delivery.use-case';
import type { FollowTarget, Cadence } from './subscription';
import type { SubscriptionDeps } from './subscription-deps';
import { confirmSubscription, requestSubscription } from './subscribe.use-case';
import { subscriptionTestDeps } from './subscriptions.fixture';

async function follow(
  deps: SubscriptionDeps,
  email: string,
  target: FollowTarget,
  cadence: Cadence = 'immediate',
) {
  const { confirmToken, subscription } = await requestSubscription(deps, { email, target, cadence });
  await confirmSubscription(deps, confirmToken ?? '');
  return subscription.id;
}

const bounce: DeliveryFailure = { kind: 'permanent', responseCode: 550, message: '550 no such user' };
const deferral: DeliveryFailure = { kind: 'transient', responseCode: 451, message: '451 try later' };

describe('recipientsForUpdate', () => {
  it('lists each address once, through its most specific subscription, immediate if any says so', async () => {
    const deps = subscriptionTestDeps();
    await follow(deps, 'both@example.org', { kind: 'site' }, 'digest');
    const incidentSub = await follow(
      deps,
      'both@example.org',
      { kind: 'incident', incidentId: 'inc_1' },
      'immediate',
    );
    await follow(deps, 'tag@example.org', { kind: 'tag', tag: 'iraq' }, 'digest');
    await follow(deps, 'other@example.org', { kind: 'incident', incidentId: 'inc_2' });
    await requestSubscription(deps, { email: 'pending@example.org', target: { kind: 'site' } });

    const recipients = await recipientsForUpdate(deps, { incidentId: 'inc_1', tags: [' Iraq '] });
    expect(recipients.map((r) => [r.subscription.email, r.subscription.id, r.cadence])).toEqual([
      ['both@example.org', incidentSub, 'immediate'],
      ['tag@example.org', 'sub_3', 'digest'],
    ]);
  });
});

describe('bounce handling', () => {
  it('pauses an address at once on a permanent failure, and it stops counting as a follower', async () => {
    const deps = subscriptionTestDeps();
    const id = await follow(deps, 'gone@example.org', { kind: 'site' });
    expect(await recordDeliveryFailure(deps, id, bounce)).toMatchObject({
      action: 'pause',
      reason: 'permanent_failure',
    });
    expect((await deps.store.getById(id))?.status).toBe('paused');
    expect(await followerCount(deps, { kind: 'site' })).toBe(0);
    expect(await recipientsForUpdate(deps, {})).toEqual([]);
  });

  it('retries transient failures with growing delays, then pauses', async () => {
    const deps = subscriptionTestDeps();
    const id = await follow(deps, 'slow@example.org', { kind: 'site' });
    const actions = [];
    for (let i = 0; i < 5; i += 1) actions.push(await recordDeliveryFailure(deps, id, deferral));
    expect(actions.map((a) => a.action)).toEqual(['retry', 'retry', 'retry', 'retry', 'pause']);
    const delays = actions.flatMap((a) =>
      a.action === 'retry' ? [a.retryAt.getTime() - deps.clock.now().getTime()] : [],
    );
    expect(delays).toEqual([300_000, 600_000, 1_200_000, 2_400_000]);
    expect((await deps.store.getById(id))?.status).toBe('paused');
  });

  it('starts counting again after a delivery succeeds', async () => {
    const deps = subscriptionTestDeps();
    const id = await follow(deps, 'flaky@example.org', { kind: 'site' });
    await recordDeliveryFailure(deps, id, deferral);
    await recordDeliverySuccess(deps, id);
    expect(await deps.store.getById(id)).toMatchObject({
      consecutiveFailures: 0,
      retryAt: null,
      status: 'confirmed',
    });
  });
});
