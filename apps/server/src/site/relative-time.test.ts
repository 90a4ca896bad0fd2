import { describe, expect, it } from 'vitest';
import { absoluteTime, relativeTime } from './relative-time';

const now = new Date('2014-06-16T12:00:00Z');
const ago = (ms: number): Date => new Date(now.getTime() - ms);

describe('relativeTime', () => {
  it('says the two largest units, like "6 hours 17 minutes ago"', () => {
    expect(relativeTime(ago((6 * 60 + 17) * 60_000), now)).toBe('6 hours 17 minutes ago');
    expect(relativeTime(ago(2 * 3_600_000), now)).toBe('2 hours ago');
    expect(relativeTime(ago(86_400_000 + 60_000), now)).toBe('1 day ago');
    expect(relativeTime(ago(3 * 86_400_000 + 5 * 3_600_000), now)).toBe('3 days 5 hours ago');
  });

  it('says "just now" under a minute and for clock skew into the future', () => {
    expect(relativeTime(ago(30_000), now)).toBe('just now');
    expect(relativeTime(new Date(now.getTime() + 60_000), now)).toBe('just now');
  });

  it('writes the absolute time in UTC, whatever the process zone', () => {
    expect(absoluteTime(new Date('2014-06-16T22:30:05.123Z'))).toBe('2014-06-16 22:30:05 UTC');
  });
});
