import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { MailRequestLimiter } from './mail-request-limiter';

describe('MailRequestLimiter', () => {
  it('allows perHour requests per client, then refuses until the hour has passed', () => {
    const sut = new MailRequestLimiter(2);
    const t0 = new Date('2014-06-16T12:00:00Z');
    sut.check('a', t0);
    sut.check('a', t0);
    expect(() => sut.check('a', t0)).toThrow(expect.objectContaining({ code: 'rate_limited' }) as Error);
    sut.check('b', t0);
    sut.check('a', new Date(t0.getTime() + 3_600_001));
  });

  it('reports the refusal as a domain error', () => {
    const sut = new MailRequestLimiter(0);
    try {
      sut.check('a', new Date());
      expect.unreachable();
    } catch (err) {
      expect(isDomainError(err) && err.code).toBe('rate_limited');
    }
  });
});
