import { describe, expect, it } from 'vitest';
import { nextDeliveryAction as sut } from './delivery-policy';
import type { DeliveryFailure } from './mailer.port';

const now = new Date('2014-06-16T09:00:00Z');
const policy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 3_000 };
const failure = (kind: DeliveryFailure['kind'], responseCode: number | null): DeliveryFailure => ({
  kind,
  responseCode,
  message: '',
});

describe('nextDeliveryAction', () => {
  it('pauses at once on a permanent failure', () => {
    expect(sut({ consecutiveFailures: 0 }, failure('permanent', 550), now, policy)).toEqual({
      action: 'pause',
      reason: 'permanent_failure',
      consecutiveFailures: 1,
    });
  });

  it('backs off exponentially up to the cap, then pauses after maxAttempts', () => {
    const results = [0, 1, 2].map((n) =>
      sut({ consecutiveFailures: n }, failure('transient', 421), now, policy),
    );
    expect(results).toEqual([
      { action: 'retry', retryAt: new Date(now.getTime() + 1_000), consecutiveFailures: 1 },
      { action: 'retry', retryAt: new Date(now.getTime() + 2_000), consecutiveFailures: 2 },
      { action: 'pause', reason: 'too_many_failures', consecutiveFailures: 3 },
    ]);
    const capped = sut({ consecutiveFailures: 3 }, failure('transient', 421), now, {
      ...policy,
      maxAttempts: 10,
    });
    expect(capped).toEqual({
      action: 'retry',
      retryAt: new Date(now.getTime() + 3_000),
      consecutiveFailures: 4,
    });
  });

  it('does not count our own server failures against the address', () => {
    expect(sut({ consecutiveFailures: 1 }, failure('server', null), now, policy)).toEqual({
      action: 'retry',
      retryAt: new Date(now.getTime() + 1_000),
      consecutiveFailures: 1,
    });
  });
});
