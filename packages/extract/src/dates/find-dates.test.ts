import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { findDatesInTokens } from './find-dates';

// 2014-06-16 was a Monday.
const MONDAY = '2014-06-16';
const dates = (text: string, anchor: string | null = MONDAY) =>
  findDatesInTokens(text, tokenize(text), anchor);
const value = (text: string, anchor: string | null = MONDAY) => dates(text, anchor)[0]?.value;

describe('findDatesInTokens', () => {
  it('resolves a bare weekday to the latest such day on or before publication', () => {
    expect(value('on Monday')).toBe('2014-06-16');
    expect(value('on Wednesday')).toBe('2014-06-11');
    expect(value('on Sunday')).toBe('2014-06-15');
  });

  it('never resolves a weekday into the future', () => {
    expect(value('on Thursday')).toBe('2014-06-12');
    expect(dates('next Monday')).toEqual([]);
  });

  it('puts "last Monday" strictly before publication', () => {
    expect(value('last Monday')).toBe('2014-06-09');
    expect(value('last Sunday')).toBe('2014-06-15');
  });

  it('resolves relative days', () => {
    expect(value('yesterday')).toBe('2014-06-15');
    expect(value('two days ago')).toBe('2014-06-14');
    expect(value('last night')).toBe('2014-06-15');
    expect(value('the day before yesterday')).toBe('2014-06-14');
  });

  it('gives periods for "the past week", "the past two days", "last month", "the weekend"', () => {
    expect(dates('in the past week')[0]).toMatchObject({
      text: 'the past week',
      from: '2014-06-09',
      to: MONDAY,
    });
    expect(dates('over the past two days')[0]).toMatchObject({ from: '2014-06-15', to: MONDAY });
    expect(dates('in the past three days')[0]).toMatchObject({ from: '2014-06-14', to: MONDAY });
    expect(dates('over the past two weeks')[0]).toMatchObject({ from: '2014-06-02', to: MONDAY });
    expect(dates('last month')[0]).toMatchObject({ from: '2014-05-01', to: '2014-05-31' });
    expect(dates('over the weekend')[0]).toMatchObject({ from: '2014-06-14', to: '2014-06-15' });
  });

  it('reads numeric dates day first, unless that is impossible', () => {
    expect(value('16/06/14')).toBe('2014-06-16');
    expect(value('06/12/14')).toBe('2014-12-06');
    expect(value('06/16/2014')).toBe('2014-06-16');
    expect(value('2014-06-16')).toBe('2014-06-16');
  });

  it('reads month names with and without a year', () => {
    expect(value('on June 12')).toBe('2014-06-12');
    expect(value('which fell on June 10th,')).toBe('2014-06-10');
    expect(value('on Oct. 20, 2016')).toBe('2016-10-20');
    expect(value('on 6 June')).toBe('2014-06-06');
    expect(dates('Saturday, June 14, 2014')[0]).toMatchObject({
      text: 'Saturday, June 14, 2014',
      value: '2014-06-14',
    });
  });

  it('puts a month-day after publication in the previous year', () => {
    expect(value('on June 20')).toBe('2013-06-20');
  });

  it('reads months, years and explicit ranges as periods', () => {
    expect(dates('in December 2019')[0]).toMatchObject({ from: '2019-12-01', to: '2019-12-31' });
    expect(dates('in 2003')[0]).toMatchObject({ from: '2003-01-01', to: '2003-12-31' });
    expect(dates('From December 16, 2019 to January 9, 2020, troops')[0]).toMatchObject({
      from: '2019-12-16',
      to: '2020-01-09',
    });
  });

  it('marks the day a source spoke as a reporting date', () => {
    expect(dates('relatives said on Sunday.')[0]?.reporting).toBe(true);
    expect(dates('residents told AFP on Wednesday')[0]?.reporting).toBe(true);
    expect(dates('were killed on Sunday in Mosul')[0]?.reporting).toBe(false);
  });

  it('marks a date that names something else', () => {
    expect(dates('ahead of the 12 May parliamentary elections')[0]?.attributive).toBe(true);
  });

  it('reads "May" and "March" as months only when capitalised next to a number', () => {
    expect(dates('some may have been killed in march 5 raids')).toEqual([]);
  });

  it('leaves relative dates unresolved without an anchor, but reads absolute ones', () => {
    expect(dates('on Monday', null)).toEqual([]);
    expect(value('June 16, 2014', null)).toBe('2014-06-16');
  });

  it('reads "the previous day" against the day read before it, else publication', () => {
    const d = dates('police said on Sunday that the men were killed the previous day.');
    expect(d.map((x) => x.value)).toEqual(['2014-06-15', '2014-06-14']);
    expect(d[1]?.text).toBe('the previous day');
    expect(value('a day earlier, a bomb exploded')).toBe('2014-06-15');
    expect(dates('the day before the vote')).toEqual([]);
  });

  it('reads "since Monday" as a period ending at publication', () => {
    expect(dates('fighting since Thursday has killed 20')[0]).toMatchObject({
      text: 'since Thursday',
      from: '2014-06-12',
      to: MONDAY,
    });
    expect(dates('since June 5, 2014')[0]).toMatchObject({ from: '2014-06-05', to: MONDAY });
  });

  it('keeps "late" in the words of "late on Tuesday"', () => {
    expect(dates('killed late on Friday')[0]).toMatchObject({ text: 'late on Friday', value: '2014-06-13' });
  });
});
