import type { Clock } from '@corroborate/core';

export interface LoginLimits {
  /** Failed attempts allowed per user name within the window. */
  perUser: number;
  /** Failed attempts allowed per client address within the window. */
  perAddress: number;
  windowMs: number;
}

const SWEEP_ABOVE = 10_000;

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perUser: 5, perAddress: 20, windowMs: 15 * 60_000 };

/**
 * Counts failed sign-ins per user name and per address in a sliding window, in memory: enough for
 * one server process, and it forgets on restart (which only helps a patient attacker a little).
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private sweepAbove = SWEEP_ABOVE;

  constructor(
    private readonly clock: Clock,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfterMs(username: string, address: string): number {
    const now = this.clock.now().getTime();
    const wait = (key: string, max: number): number => {
      const recent = this.recent(key, now);
      return recent.length < max ? 0 : (recent[recent.length - max] ?? now) + this.limits.windowMs - now;
    };
    return Math.max(
      wait(userKey(username), this.limits.perUser),
      wait(`ip:${address}`, this.limits.perAddress),
    );
  }

  recordFailure(username: string, address: string): void {
    const now = this.clock.now().getTime();
    // Many distinct names (a spray) must not grow the map without end: drop what has expired, at most
    // once per doubling, so the sweeps cost O(1) per failure on average.
    if (this.failures.size > this.sweepAbove) {
      for (const key of [...this.failures.keys()]) this.recent(key, now);
      this.sweepAbove = Math.max(SWEEP_ABOVE, 2 * this.failures.size);
    }
    for (const key of [userKey(username), `ip:${address}`])
      this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** Keys currently tracked (for tests and metrics). */
  get size(): number {
    return this.failures.size;
  }

  /** A successful sign-in clears the user name's count (the address keeps its own). */
  recordSuccess(username: string): void {
    this.failures.delete(userKey(username));
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => t > now - this.limits.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

const userKey = (username: string): string => `user:${username.trim().toLowerCase()}`;
