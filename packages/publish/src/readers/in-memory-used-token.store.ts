import type { Clock } from '@corroborate/core';
import type { UsedTokenStore } from './used-token-store.port';

/** A UsedTokenStore in a Map that forgets ids once their token has expired anyway. */
export class InMemoryUsedTokenStore implements UsedTokenStore {
  private readonly used = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  consume(tokenId: string, expiresAt: Date): Promise<boolean> {
    const now = this.clock.now().getTime();
    for (const [id, until] of this.used) if (until <= now) this.used.delete(id);
    if (this.used.has(tokenId)) return Promise.resolve(false);
    this.used.set(tokenId, expiresAt.getTime());
    return Promise.resolve(true);
  }
}
