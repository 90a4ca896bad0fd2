import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { followerCount } from './delivery.use-case';
import { changeCadence, unsubscribeByToken } from './manage-subscription.use-case';
import { confirmSubscription, requestSubscription } from './subscribe.use-case';
import { subscriptionTestDeps } from './subscriptions.fixture';

async function confirmedFollower() {
  const deps = subscriptionTestDeps();
  const { confirmToken, manageToken } = await requestSubscription(deps, {
    email: 'a@example.org',
    target: { kind: 'site' },
  });
  await confirmSubscription(deps, confirmToken ?? '');
  return { deps, manageToken };
}

describe('one-click unsubscribe', () => {
  it('unsubscribes without login and is idempotent', async () => {
    const { deps, manageToken } = await confirmedFollower();
    const first = await unsubscribeByToken(deps, manageToken);
    deps.clock.advance(86_400_000);
    const second = await unsubscribeByToken(deps, manageToken);
    expect(first.status).toBe('unsubscribed');
    expect(second.unsubscribedAt).toEqual(first.unsubscribedAt);
    expect(await followerCount(deps, { kind: 'site' })).toBe(0);
  });

  it('keeps working years later', async () => {
    const { deps, manageToken } = await confirmedFollower();
    deps.clock.advance(5 * 365 * 86_400_000);
    expect((await unsubscribeByToken(deps, manageToken)).status).toBe('unsubscribed');
  });

  it('refuses a tampered token', async () => {
    const { deps, manageToken } = await confirmedFollower();
    const tampered = `${manageToken.slice(0, -2)}${manageToken.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(unsubscribeByToken(deps, tampered)).rejects.toSatisfy(
      (err: unknown) => isDomainError(err) && err.code === 'forbidden',
    );
  });
});

describe('cadence', () => {
  it('switches between immediate and digest', async () => {
    const { deps, manageToken } = await confirmedFollower();
    expect((await changeCadence(deps, manageToken, 'digest')).cadence).toBe('digest');
    expect((await deps.store.getById('sub_1'))?.cadence).toBe('digest');
  });

  it('cannot be changed once unsubscribed', async () => {
    const { deps, manageToken } = await confirmedFollower();
    await unsubscribeByToken(deps, manageToken);
    await expect(changeCadence(deps, manageToken, 'digest')).rejects.toSatisfy(
      (err: unknown) => isDomainError(err) && err.code === 'invalid_transition',
    );
  });
});
