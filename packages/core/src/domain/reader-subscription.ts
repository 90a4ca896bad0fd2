/** What a reader follows (the same shape as @corroborate/publish's FollowTarget). */
export type FollowTargetRecord =
  { kind: 'site' } | { kind: 'tag'; tag: string } | { kind: 'incident'; incidentId: string };

/** One address following one target, as stored; the rules live in @corroborate/publish. */
export interface SubscriptionRecord {
  id: string;
  email: string;
  target: FollowTargetRecord;
  status: 'pending' | 'confirmed' | 'paused' | 'unsubscribed';
  cadence: 'immediate' | 'digest';
  consecutiveFailures: number;
  retryAt: Date | null;
  createdAt: Date;
  confirmedAt: Date | null;
  pausedAt: Date | null;
  unsubscribedAt: Date | null;
  updatedAt: Date;
}

export const OUTBOX_STATES = ['queued', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A mail waiting for (or done with) the `mail.send` job; the job carries only its id. */
export interface OutboxMail {
  id: string;
  /** The subscription it is for, so bounces count against that address; null for sign-in mail. */
  subscriptionId: string | null;
  /** The built message (OutgoingMail of @corroborate/publish), kept as sent. */
  message: {
    messageId: string;
    from: { name: string; address: string };
    to: string;
    subject: string;
    text: string;
    html: string;
    headers: Record<string, string>;
  };
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}
