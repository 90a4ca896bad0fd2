import { targetKey } from './subscription';
import type { Subscription } from './subscription';
import type { SubscriptionStore } from './subscription-store.port';

/** A SubscriptionStore in a Map, for tests and the demo. */
export class InMemorySubscriptionStore implements SubscriptionStore {
  private readonly rows = new Map<string, Subscription>();

  getById(id: string): Promise<Subscription | null> {
    return Promise.resolve(this.rows.get(id) ?? null);
  }

  findByEmailAndTarget(email: string, key: string): Promise<Subscription | null> {
    const found = [...this.rows.values()].find((s) => s.email === email && targetKey(s.target) === key);
    return Promise.resolve(found ?? null);
  }

  save(subscription: Subscription): Promise<void> {
    this.rows.set(subscription.id, { ...subscription });
    return Promise.resolve();
  }

  listConfirmedForTargets(keys: string[]): Promise<Subscription[]> {
    const wanted = new Set(keys);
    return Promise.resolve(
      [...this.rows.values()].filter((s) => s.status === 'confirmed' && wanted.has(targetKey(s.target))),
    );
  }

  async countConfirmedForTarget(key: string): Promise<number> {
    return (await this.listConfirmedForTargets([key])).length;
  }
}
