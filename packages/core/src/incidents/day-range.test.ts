import { describe, expect, it } from 'vitest';
import {
  claimDayRange,
  dayGap,
  dayNumber,
  incidentDayRange,
  precisionForRange,
  unionRange,
} from './day-range';

describe('dayNumber', () => {
  it('counts days since 1970 and rejects impossible dates', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2014-02-30')).toBeNull();
    expect(dayNumber('12 June 2014')).toBeNull();
  });
});

describe('claimDayRange / incidentDayRange', () => {
  it('reads a single day or a period', () => {
    expect(claimDayRange({ text: 'June 12', span: null, value: '2014-06-12' })).toEqual({
      from: '2014-06-12',
      to: '2014-06-12',
    });
    expect(claimDayRange({ text: 'mid-June', span: null, from: '2014-06-10', to: '2014-06-20' })).toEqual({
      from: '2014-06-10',
      to: '2014-06-20',
    });
  });

  it('fills a missing end from the other and swaps reversed ends', () => {
    expect(incidentDayRange({ dateFrom: '2014-06-12', dateTo: null })).toEqual({
      from: '2014-06-12',
      to: '2014-06-12',
    });
    expect(incidentDayRange({ dateFrom: '2014-06-20', dateTo: '2014-06-12' })).toEqual({
      from: '2014-06-12',
      to: '2014-06-20',
    });
  });

  it('gives null for no date or a malformed one', () => {
    expect(claimDayRange(null)).toBeNull();
    expect(claimDayRange({ text: 'recently', span: null })).toBeNull();
    expect(incidentDayRange({ dateFrom: 'soon', dateTo: null })).toBeNull();
  });
});

describe('dayGap / unionRange / precisionForRange', () => {
  const r = (from: string, to = from) => ({ from, to });
  it('is zero for overlapping ranges and counts days between others, either way round', () => {
    expect(dayGap(r('2014-06-10', '2014-06-14'), r('2014-06-14', '2014-06-20'))).toBe(0);
    expect(dayGap(r('2014-06-10'), r('2014-06-13'))).toBe(3);
    expect(dayGap(r('2014-06-13'), r('2014-06-10'))).toBe(3);
  });
  it('unites two ranges', () => {
    expect(unionRange(r('2014-06-12'), r('2014-05-30', '2014-06-01'))).toEqual(r('2014-05-30', '2014-06-12'));
  });
  it('grades a span of days as day, week, month or year', () => {
    expect(precisionForRange(r('2014-06-12'))).toBe('day');
    expect(precisionForRange(r('2014-06-12', '2014-06-18'))).toBe('week');
    expect(precisionForRange(r('2014-06-01', '2014-06-30'))).toBe('month');
    expect(precisionForRange(r('2014-01-01', '2014-12-31'))).toBe('year');
  });
});
