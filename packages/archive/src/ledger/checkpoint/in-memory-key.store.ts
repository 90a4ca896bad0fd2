import { DomainError } from '@corroborate/core';
import type { KeyStore, StoredKeyPair } from './key-store.port';

/** KeyStore in memory, for tests. */
export class InMemoryKeyStore implements KeyStore {
  constructor(private pair: StoredKeyPair | null = null) {}

  load(): Promise<StoredKeyPair | null> {
    return Promise.resolve(this.pair);
  }

  create(pair: StoredKeyPair): Promise<void> {
    if (this.pair) return Promise.reject(new DomainError('conflict', 'a signing key already exists'));
    this.pair = pair;
    return Promise.resolve();
  }
}
