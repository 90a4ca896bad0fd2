import { createHmacSigner } from '../tokens/node-crypto.adapter';
import { FakeClock, SequentialIds } from '../test-support/fakes';
import { InMemorySubscriptionStore } from './in-memory-subscription.store';
import type { SubscriptionDeps } from './subscription-deps';

/** Subscription deps on an in-memory store and a fake clock, for tests. */
export function subscriptionTestDeps(): SubscriptionDeps & {
  clock: FakeClock;
  store: InMemorySubscriptionStore;
} {
  return {
    store: new InMemorySubscriptionStore(),
    signer: createHmacSigner(['test-secret-test-secret-test-secret!']),
    clock: new FakeClock(new Date('2014-06-16T09:00:00Z')),
    ids: new SequentialIds(),
    confirmTtlMs: 3_600_000,
  };
}
