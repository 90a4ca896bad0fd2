import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('shows a calendar day as that day whatever the time zone (suite runs in Asia/Baghdad)', () => {
    expect(formatDate('2014-06-12', 'en-GB')).toBe('12 Jun 2014');
  });

  it('shows an instant in the local zone', () => {
    // 23:30 UTC is 02:30 the next day in Baghdad (UTC+3).
    expect(formatDate('2014-06-12T23:30:00Z', 'en-GB')).toBe(
      new Date('2014-06-12T23:30:00Z').toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    );
    expect(formatDate('2014-06-12T23:30:00Z', 'en-GB')).toMatch(
      process.env.TZ === 'Asia/Baghdad' ? /13 Jun/ : /Jun/,
    );
  });

  it('passes through what it cannot read and dashes a missing value', () => {
    expect(formatDate('sometime in June')).toBe('sometime in June');
    expect(formatDate(null)).toBe('—');
  });
});
