/** What a reader follows. */
export type FollowTarget =
  { kind: 'site' } | { kind: 'tag'; tag: string } | { kind: 'incident'; incidentId: string };

/** pending until the opt-in link is opened; paused after bounces; unsubscribed for good (until they subscribe again). */
export const SUBSCRIPTION_STATUSES = ['pending', 'confirmed', 'paused', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const CADENCES = ['immediate', 'digest'] as const;
export type Cadence = (typeof CADENCES)[number];

/** One address following one target. */
export interface Subscription {
  id: string;
  /** Normalised: trimmed, lower-case. */
  email: string;
  target: FollowTarget;
  status: SubscriptionStatus;
  cadence: Cadence;
  consecutiveFailures: number;
  retryAt: Date | null;
  createdAt: Date;
  confirmedAt: Date | null;
  pausedAt: Date | null;
  unsubscribedAt: Date | null;
  updatedAt: Date;
}

/** A stable string for a target ("site", "tag:iraq", "incident:inc_1"), for indexes and lookups. */
export function targetKey(target: FollowTarget): string {
  switch (target.kind) {
    case 'site':
      return 'site';
    case 'tag':
      return `tag:${target.tag}`;
    case 'incident':
      return `incident:${target.incidentId}`;
  }
}
