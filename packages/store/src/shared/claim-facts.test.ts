import type { Claim } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { someFacts } from '../contract/contract-factories';
import { calendarDay, canonicalJson, claimDayRange, withoutReviewed } from './claim-facts';

describe('calendarDay', () => {
  it.each([
    ['2014-06-12', '2014-06-12'],
    ['2016-02-29', '2016-02-29'],
    ['2014-02-30', null],
    ['2014-6-12', null],
    ['12/06/2014', null],
    [undefined, null],
  ])('%s -> %s', (value, expected) => {
    expect(calendarDay(value)).toBe(expected);
  });
});

describe('claimDayRange', () => {
  it('uses the single day for both ends, or the period', () => {
    expect(claimDayRange(someFacts({ date: { text: 'x', span: null, value: '2014-06-12' } }))).toEqual({
      from: '2014-06-12',
      to: '2014-06-12',
    });
    expect(claimDayRange(someFacts({ date: { text: 'x', span: null, from: '2014-06-01' } }))).toEqual({
      from: '2014-06-01',
      to: '2014-06-01',
    });
    expect(claimDayRange(someFacts({ date: null }))).toEqual({ from: null, to: null });
  });
});

describe('withoutReviewed', () => {
  const claim = (review: Claim['review'], extracted = someFacts()): Claim => ({
    id: 'clm_1',
    documentId: 'doc_1',
    extracted,
    corrected: null,
    review,
    incidentId: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  });

  it('drops facts equal to a reviewed claim, whatever their key order', () => {
    const reordered = JSON.parse(canonicalJson(someFacts())) as ReturnType<typeof someFacts>;
    expect(canonicalJson(reordered)).toBe(canonicalJson(someFacts()));
    const facts = [reordered, someFacts({ event: 'injured' })];
    expect(withoutReviewed(facts, [claim('accepted')])).toEqual([facts[1]]);
  });

  it('keeps facts that only match unreviewed claims', () => {
    expect(withoutReviewed([someFacts()], [claim('machine')])).toHaveLength(1);
  });
});
