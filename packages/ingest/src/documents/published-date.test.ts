import { describe, expect, it } from 'vitest';
import { parsePublishedDate as sut } from './published-date';

describe('parsePublishedDate', () => {
  it('reads ISO 8601 with an offset', () => {
    expect(sut('2014-06-12T10:00:00+03:00')?.toISOString()).toBe('2014-06-12T07:00:00.000Z');
    expect(sut('2014-06-12T10:00:00.250-0500')?.toISOString()).toBe('2014-06-12T15:00:00.250Z');
  });

  it('takes a date or time without a zone as UTC, whatever the process zone', () => {
    expect(sut('2014-06-12')?.toISOString()).toBe('2014-06-12T00:00:00.000Z');
    expect(sut('2014-06-12 10:30')?.toISOString()).toBe('2014-06-12T10:30:00.000Z');
    expect(sut('June 12, 2014')?.toISOString()).toBe('2014-06-12T00:00:00.000Z');
  });

  it('reads RFC 2822 dates with their zone', () => {
    expect(sut('Thu, 12 Jun 2014 10:00:00 GMT')?.toISOString()).toBe('2014-06-12T10:00:00.000Z');
    expect(sut('Thu, 12 Jun 2014 10:00:00 +0300')?.toISOString()).toBe('2014-06-12T07:00:00.000Z');
  });

  it('returns null for nonsense, impossible days and implausible years', () => {
    expect(sut('yesterday')).toBeNull();
    expect(sut('')).toBeNull();
    expect(sut(undefined)).toBeNull();
    expect(sut('2014-02-31')).toBeNull();
    expect(sut('0001-01-01')).toBeNull();
    expect(sut('12345')).toBeNull();
  });
});
