import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter';

const clockAt = (start: number) => {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
};

describe('LoginLimiter', () => {
  it('blocks a user name after its failures, until the oldest leaves the window', () => {
    const clock = clockAt(0);
    const sut = new LoginLimiter(clock, { perUser: 3, perAddress: 100, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      expect(sut.retryAfterMs('Amira', '10.0.0.1')).toBe(0);
      sut.recordFailure('amira', '10.0.0.1');
      clock.advance(1_000);
    }
    expect(sut.retryAfterMs('AMIRA', '10.0.0.2')).toBe(57_000);
    expect(sut.retryAfterMs('sam', '10.0.0.1')).toBe(0);
    clock.advance(57_000);
    expect(sut.retryAfterMs('amira', '10.0.0.1')).toBe(0);
  });

  it('blocks an address that tries many names, and clears a name on success', () => {
    const clock = clockAt(0);
    const sut = new LoginLimiter(clock, { perUser: 2, perAddress: 3, windowMs: 60_000 });
    sut.recordFailure('a', '10.0.0.9');
    sut.recordFailure('b', '10.0.0.9');
    sut.recordFailure('c', '10.0.0.9');
    expect(sut.retryAfterMs('d', '10.0.0.9')).toBeGreaterThan(0);
    expect(sut.retryAfterMs('d', '10.0.0.8')).toBe(0);
    sut.recordFailure('e', '10.0.0.1');
    sut.recordFailure('e', '10.0.0.2');
    expect(sut.retryAfterMs('e', '10.0.0.3')).toBeGreaterThan(0);
    sut.recordSuccess('e');
    expect(sut.retryAfterMs('e', '10.0.0.3')).toBe(0);
  });

  it('forgets expired failures when many names are tried', () => {
    const clock = clockAt(0);
    const sut = new LoginLimiter(clock, { perUser: 5, perAddress: 1_000_000, windowMs: 1_000 });
    for (let i = 0; i < 10_000; i++) sut.recordFailure(`user${i}`, '10.0.0.1');
    expect(sut.size).toBe(10_001);
    clock.advance(2_000);
    sut.recordFailure('late', '10.0.0.2');
    expect(sut.size).toBe(2);
  });
});
