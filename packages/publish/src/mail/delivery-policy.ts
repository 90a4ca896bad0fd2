import type { DeliveryFailure } from './mailer.port';

/** Retries and backoff for one address. */
export interface DeliveryPolicy {
  /** Consecutive failed attempts after which the address is paused. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 5 * 60_000,
  maxDelayMs: 6 * 3_600_000,
};

/** What we know of an address's recent deliveries. */
export interface DeliveryHistory {
  consecutiveFailures: number;
}

export type DeliveryAction =
  | { action: 'retry'; retryAt: Date; consecutiveFailures: number }
  | { action: 'pause'; reason: 'permanent_failure' | 'too_many_failures'; consecutiveFailures: number };

/**
 * After a failed send: a permanent (5xx) refusal pauses the address at once; a transient one is
 * retried with exponential backoff until maxAttempts, then the address is paused, so nothing is
 * retried forever. Server-side failures are retried without counting against the address.
 */
export function nextDeliveryAction(
  subscriber: DeliveryHistory,
  failure: DeliveryFailure,
  now: Date,
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): DeliveryAction {
  const previous = subscriber.consecutiveFailures;
  if (failure.kind === 'permanent') {
    return { action: 'pause', reason: 'permanent_failure', consecutiveFailures: previous + 1 };
  }
  const failures = failure.kind === 'transient' ? previous + 1 : previous;
  if (failures >= policy.maxAttempts) {
    return { action: 'pause', reason: 'too_many_failures', consecutiveFailures: failures };
  }
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return { action: 'retry', retryAt: new Date(now.getTime() + delay), consecutiveFailures: failures };
}
