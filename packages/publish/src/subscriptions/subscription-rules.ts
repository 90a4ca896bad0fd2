import { DomainError } from '@corroborate/core';
import { sanitizeText } from '../sanitize/sanitize-text';
import type { DeliveryAction } from '../mail/delivery-policy';
import type { Cadence, FollowTarget, Subscription } from './subscription';

const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\]+$/;

/** Trimmed and lower-cased, or validation_failed when it does not look like one address. */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new DomainError(
      'validation_failed',
      `${JSON.stringify(raw.slice(0, 80))} is not an e-mail address`,
      [{ path: ['email'], message: 'is not an e-mail address' }],
    );
  }
  return email;
}

/** Tags compare sanitized and lower-cased ("Iraq " follows "iraq"). */
export const normaliseTag = (tag: string): string => sanitizeText(tag, { maxLength: 60 }).toLowerCase();

/** A public follower: confirmed and not paused or unsubscribed. */
export const isFollower = (sub: Subscription): boolean => sub.status === 'confirmed';

/** A (re)request puts the subscription back to pending: it needs a fresh opt-in. */
export function requestAgain(sub: Subscription, cadence: Cadence, now: Date): Subscription {
  if (sub.status === 'confirmed') return sub;
  return { ...sub, status: 'pending', cadence, consecutiveFailures: 0, retryAt: null, updatedAt: now };
}

/** Opt-in confirmed. Idempotent; a cancelled subscription cannot be confirmed by an old link. */
export function confirm(sub: Subscription, now: Date): Subscription {
  if (sub.status === 'confirmed') return sub;
  if (sub.status !== 'pending') {
    throw new DomainError(
      'invalid_transition',
      `subscription ${sub.id} is ${sub.status}; subscribe again to follow`,
    );
  }
  return { ...sub, status: 'confirmed', confirmedAt: now, updatedAt: now };
}

/** Unsubscribed. Idempotent: a second click changes nothing. */
export function unsubscribe(sub: Subscription, now: Date): Subscription {
  if (sub.status === 'unsubscribed') return sub;
  return { ...sub, status: 'unsubscribed', unsubscribedAt: now, retryAt: null, updatedAt: now };
}

export function withCadence(sub: Subscription, cadence: Cadence, now: Date): Subscription {
  if (sub.status === 'unsubscribed') {
    throw new DomainError(
      'invalid_transition',
      `subscription ${sub.id} is unsubscribed; subscribe again to follow`,
    );
  }
  return sub.cadence === cadence ? sub : { ...sub, cadence, updatedAt: now };
}

/** Applies the delivery policy's decision. Only confirmed subscriptions get paused. */
export function afterFailure(sub: Subscription, action: DeliveryAction, now: Date): Subscription {
  const base = { ...sub, consecutiveFailures: action.consecutiveFailures, updatedAt: now };
  if (action.action === 'retry') return { ...base, retryAt: action.retryAt };
  return sub.status === 'confirmed'
    ? { ...base, status: 'paused', pausedAt: now, retryAt: null }
    : { ...base, retryAt: null };
}

export function afterSuccess(sub: Subscription, now: Date): Subscription {
  return sub.consecutiveFailures === 0 && sub.retryAt === null
    ? sub
    : { ...sub, consecutiveFailures: 0, retryAt: null, updatedAt: now };
}

/** Incident beats tag beats site: a mail names the most specific thing the reader follows. */
export function specificity(target: FollowTarget): number {
  return target.kind === 'incident' ? 2 : target.kind === 'tag' ? 1 : 0;
}
