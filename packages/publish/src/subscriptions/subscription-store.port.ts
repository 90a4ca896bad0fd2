import type { Subscription } from './subscription';

/** Persistence for subscriptions; methods named after the use cases that need them. */
export interface SubscriptionStore {
  getById(id: string): Promise<Subscription | null>;
  findByEmailAndTarget(email: string, targetKey: string): Promise<Subscription | null>;
  /** Inserts or replaces by id. */
  save(subscription: Subscription): Promise<void>;
  /** Confirmed subscriptions to any of these targets: the recipients of an update. */
  listConfirmedForTargets(targetKeys: string[]): Promise<Subscription[]>;
  /** Confirmed subscriptions to one target: its public follower count. */
  countConfirmedForTarget(targetKey: string): Promise<number>;
}
