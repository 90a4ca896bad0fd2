import type { Clock, Hasher, IdGenerator, Store } from '@corroborate/core';
import type { PasswordHasher } from '../auth/passwords';

/** The ports every use case may reach; each takes this explicitly (no container). */
export interface UseCaseDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  passwords: PasswordHasher;
}
