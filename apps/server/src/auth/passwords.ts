import { hash, verify, type Options } from '@node-rs/argon2';
import { DomainError } from '@corroborate/core';

/** Hashes and checks passwords; a port so tests and tools share one implementation. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

// The library's Algorithm is an ambient const enum (not importable under verbatimModuleSyntax):
// 2 is its Argon2id member.
const ARGON2ID = 2 as NonNullable<Options['algorithm']>;

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (~40 ms here).
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** argon2id through @node-rs/argon2. */
export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password, OPTIONS),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed check, not a crash.
      return false;
    }
  },
};

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1_000;

/** @throws DomainError('validation_failed') for a password too short or too long. */
export const checkPassword = (password: string): void => {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
    throw new DomainError(
      'validation_failed',
      `password must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters`,
      [{ path: ['password'], message: `must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters` }],
    );
};
