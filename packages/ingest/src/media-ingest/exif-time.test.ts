import { describe, expect, it } from 'vitest';
import { captureTime } from './exif-time';

describe('captureTime', () => {
  it('joins the EXIF local time with its offset', () => {
    expect(captureTime('2014:06:12 14:30:05', '+03:00')).toBe('2014-06-12T14:30:05+03:00');
    expect(captureTime('2014:06:12 14:30:05', '-04:30')).toBe('2014-06-12T14:30:05-04:30');
  });

  it('keeps a time without offset as local time, not UTC', () => {
    expect(captureTime('2014:06:12 23:59:59')).toBe('2014-06-12T23:59:59');
    expect(captureTime('2014:06:12 23:59:59', 'garbage')).toBe('2014-06-12T23:59:59');
  });

  it('reads XMP ISO times with their zone', () => {
    expect(captureTime('2019-03-02T10:11:12+02:00')).toBe('2019-03-02T10:11:12+02:00');
    expect(captureTime('2019-03-02T10:11+0200')).toBe('2019-03-02T10:11:00+02:00');
    expect(captureTime('2019-03-02T10:11:12.250Z')).toBe('2019-03-02T10:11:12.250Z');
  });

  it('drops blank and impossible values', () => {
    expect(captureTime('0000:00:00 00:00:00', '+03:00')).toBeNull();
    expect(captureTime('2014:13:12 10:00:00')).toBeNull();
    expect(captureTime('yesterday')).toBeNull();
    expect(captureTime(20140612)).toBeNull();
    expect(captureTime(undefined)).toBeNull();
  });
});
