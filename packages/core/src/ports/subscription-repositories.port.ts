import type { OutboxMail, SubscriptionRecord } from '../domain/reader-subscription';

/** Subscriptions; method for method the SubscriptionStore port of @corroborate/publish. */
export interface SubscriptionRepository {
  getById(id: string): Promise<SubscriptionRecord | null>;
  findByEmailAndTarget(email: string, targetKey: string): Promise<SubscriptionRecord | null>;
  /** Inserts or replaces by id. */
  save(subscription: SubscriptionRecord): Promise<void>;
  listConfirmedForTargets(targetKeys: string[]): Promise<SubscriptionRecord[]>;
  countConfirmedForTarget(targetKey: string): Promise<number>;
  /** Confirmed digest subscriptions, each with the end of its last digest (else its confirmation). */
  listDigestDue(): Promise<{ subscription: SubscriptionRecord; since: Date }[]>;
  /** Records that updates up to `until` went out in a digest. */
  markDigestSent(id: string, until: Date): Promise<void>;
}

/** Single-use sign-in tokens already redeemed (UsedTokenStore of @corroborate/publish). */
export interface UsedTokenRepository {
  /** Marks the id used; false when it already was (a replay). */
  consume(tokenId: string, expiresAt: Date): Promise<boolean>;
}

/** Mail to send, one row per message, sent by the `mail.send` job. */
export interface MailOutboxRepository {
  add(mail: OutboxMail): Promise<OutboxMail>;
  get(id: string): Promise<OutboxMail | null>;
  /** Records one attempt's result. @throws DomainError('not_found') */
  markAttempt(
    id: string,
    result: { state: OutboxMail['state']; error: string | null; at: Date },
  ): Promise<OutboxMail>;
}
