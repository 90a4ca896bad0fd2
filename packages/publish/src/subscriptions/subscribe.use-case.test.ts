import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { followerCount } from './delivery.use-case';
import { unsubscribeByToken } from './manage-subscription.use-case';
import { confirmSubscription, requestSubscription } from './subscribe.use-case';
import { subscriptionTestDeps } from './subscriptions.fixture';

const codeOf = async (promise: Promise<unknown>): Promise<string | undefined> => {
  try {
    await promise;
    return undefined;
  } catch (err) {
    return isDomainError(err) ? err.code : 'not a DomainError';
  }
};

describe('double opt-in', () => {
  it('records a pending subscription with a normalised address and an expiring confirmation token', async () => {
    const deps = subscriptionTestDeps();
    const result = await requestSubscription(deps, {
      email: '  Reader@Example.ORG ',
      target: { kind: 'site' },
    });
    expect(result.subscription).toMatchObject({
      id: 'sub_1',
      email: 'reader@example.org',
      status: 'pending',
      cadence: 'immediate',
    });
    expect(result.needsConfirmation).toBe(true);
    expect(result.confirmExpiresAt?.toISOString()).toBe('2014-06-16T10:00:00.000Z');
    expect(await followerCount(deps, { kind: 'site' })).toBe(0);
  });

  it('confirms with the token, idempotently, and then counts the follower', async () => {
    const deps = subscriptionTestDeps();
    const { confirmToken } = await requestSubscription(deps, {
      email: 'a@example.org',
      target: { kind: 'tag', tag: 'Iraq' },
    });
    const confirmed = await confirmSubscription(deps, confirmToken ?? '');
    expect(confirmed).toMatchObject({ status: 'confirmed', target: { kind: 'tag', tag: 'iraq' } });
    expect(confirmed.confirmedAt?.toISOString()).toBe('2014-06-16T09:00:00.000Z');
    deps.clock.advance(60_000);
    expect((await confirmSubscription(deps, confirmToken ?? '')).confirmedAt).toEqual(confirmed.confirmedAt);
    expect(await followerCount(deps, { kind: 'tag', tag: 'iraq' })).toBe(1);
  });

  it('refuses an expired confirmation link', async () => {
    const deps = subscriptionTestDeps();
    const { confirmToken } = await requestSubscription(deps, {
      email: 'a@example.org',
      target: { kind: 'site' },
    });
    deps.clock.advance(3_600_000);
    expect(await codeOf(confirmSubscription(deps, confirmToken ?? ''))).toBe('forbidden');
  });

  it('refuses the manage token as a confirmation link', async () => {
    const deps = subscriptionTestDeps();
    const { manageToken } = await requestSubscription(deps, {
      email: 'a@example.org',
      target: { kind: 'site' },
    });
    expect(await codeOf(confirmSubscription(deps, manageToken))).toBe('forbidden');
  });

  it('asks no new confirmation from an address that already follows', async () => {
    const deps = subscriptionTestDeps();
    const first = await requestSubscription(deps, { email: 'a@example.org', target: { kind: 'site' } });
    await confirmSubscription(deps, first.confirmToken ?? '');
    const again = await requestSubscription(deps, { email: 'A@example.org', target: { kind: 'site' } });
    expect(again).toMatchObject({
      needsConfirmation: false,
      confirmToken: null,
      subscription: { id: 'sub_1' },
    });
  });

  it('does not let an old confirmation link revive a cancelled subscription', async () => {
    const deps = subscriptionTestDeps();
    const { confirmToken, manageToken } = await requestSubscription(deps, {
      email: 'a@example.org',
      target: { kind: 'site' },
    });
    await unsubscribeByToken(deps, manageToken);
    expect(await codeOf(confirmSubscription(deps, confirmToken ?? ''))).toBe('invalid_transition');
  });

  it('lets an unsubscribed address subscribe again, under the same id, pending a new opt-in', async () => {
    const deps = subscriptionTestDeps();
    const first = await requestSubscription(deps, {
      email: 'a@example.org',
      target: { kind: 'incident', incidentId: 'inc_1' },
    });
    await confirmSubscription(deps, first.confirmToken ?? '');
    await unsubscribeByToken(deps, first.manageToken);
    const again = await requestSubscription(deps, {
      email: 'a@example.org',
      target: { kind: 'incident', incidentId: 'inc_1' },
      cadence: 'digest',
    });
    expect(again.subscription).toMatchObject({ id: 'sub_1', status: 'pending', cadence: 'digest' });
    expect(again.needsConfirmation).toBe(true);
  });

  it.each([
    [{ email: 'not-an-address', target: { kind: 'site' } }],
    [{ email: 'a@example.org', target: { kind: 'tag', tag: ' \u0000 ' } }],
    [{ email: 'a@example.org', target: { kind: 'incident', incidentId: '../etc' } }],
  ] as const)('refuses invalid input with validation_failed: %j', async (request) => {
    expect(await codeOf(requestSubscription(subscriptionTestDeps(), request))).toBe('validation_failed');
  });
});
