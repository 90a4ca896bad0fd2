import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, formatRange } from './format-figures';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1700, '1,700'],
    [1234567, '1,234,567'],
    [-4500, '-4,500'],
    [1234.5, '1,234.5'],
  ])('formats %d as %s', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});

describe('formatRange', () => {
  it('shows a single figure once', () => {
    expect(formatRange(1700, 1700)).toBe('1,700');
  });
  it('joins a range with an en dash', () => {
    expect(formatRange(560, 770)).toBe('560–770');
  });
  it('marks an open-ended count with a plus', () => {
    expect(formatRange(30, null)).toBe('30+');
  });
});

describe('formatDay', () => {
  it('uses the UTC day whatever the process time zone', () => {
    // 23:30 UTC is already the next day in Baghdad (UTC+3), where the suite runs.
    expect(formatDay(new Date('2014-06-27T23:30:00Z'))).toBe('2014-06-27');
  });
  it('gives null for a missing or invalid date', () => {
    expect(formatDay(null)).toBeNull();
    expect(formatDay(new Date('nope'))).toBeNull();
  });
});
