import { randomBytes } from 'node:crypto';
import { DomainError, type Clock, type IdGenerator } from '@corroborate/core';
import { systemClock } from './system-clock';

// Crockford base32, as in the ULID spec: sorts the same as text and as numbers.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const PREFIX = /^[a-z][a-z0-9]{0,15}$/;

export interface UlidOptions {
  clock?: Clock;
  /** Source of randomness; crypto by default. */
  random?: (size: number) => Uint8Array;
}

/**
 * Makes ids like `doc_01JDA7…`: a prefix, then a ULID (48-bit time, 80 random bits).
 * Monotonic within the process: ids made in the same millisecond (or while the clock goes
 * backwards) still sort in the order they were made, so (created_at, id) is insertion order.
 */
export function createUlidIds(options: UlidOptions = {}): IdGenerator {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? ((size: number) => randomBytes(size));
  let lastTime = -1;
  let lastRandom: number[] = [];

  return {
    next(prefix: string): string {
      if (!PREFIX.test(prefix)) {
        throw new DomainError(
          'validation_failed',
          `id prefix "${prefix}" must be 1-16 lowercase letters or digits`,
        );
      }
      const now = clock.now().getTime();
      if (now > lastTime) {
        lastTime = now;
        lastRandom = [...random(RANDOM_CHARS)].map((b) => b & 31);
      } else {
        lastRandom = increment(lastRandom);
      }
      return `${prefix}_${encodeTime(lastTime)}${lastRandom.map((d) => ALPHABET[d]).join('')}`;
    },
  };
}

/** The process-wide id generator on the system clock. */
export const ulidIds: IdGenerator = createUlidIds();

const encodeTime = (ms: number): string => {
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[rest % 32]! + out;
    rest = Math.floor(rest / 32);
  }
  return out;
};

const increment = (digits: number[]): number[] => {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const digit = next[i] ?? 0;
    if (digit < 31) {
      next[i] = digit + 1;
      return next;
    }
    next[i] = 0;
  }
  // 2^80 ids in one millisecond cannot happen; the spec says to fail rather than wrap.
  throw new DomainError('internal', 'ULID random part overflowed within one millisecond');
};
