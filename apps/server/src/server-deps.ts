import type { BlobStore, Clock, Hasher, IdGenerator, Store } from '@corroborate/core';
import type { PasswordHasher } from './auth/passwords';
import type { AuthConfig } from './config/auth-config';

/** What the HTTP layer needs; wired by the process's composition root. */
export interface ServerDeps {
  store: Store;
  version: string;
  /** Defaults: the system clock, ULID ids, node:crypto SHA-256, argon2id. */
  clock?: Clock;
  ids?: IdGenerator;
  hasher?: Hasher;
  passwords?: PasswordHasher;
  auth?: Partial<AuthConfig>;
  /** Where media bytes and thumbnails live; without it media routes answer 404. */
  blobs?: BlobStore;
}
