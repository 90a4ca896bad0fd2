import { describe, expect, it } from 'vitest';
import { reconcileClaims } from '../reconcile/reconcile-claims';
import { claimInput, count } from '../reconcile/reconcile-input.fixture';
import { gradeInputFromReconciliation } from './grade-input';
import { suggestGrade } from './suggest-grade';

describe('gradeInputFromReconciliation', () => {
  it('weighs the three-report example: ISIS claim once, HRW independent, media evidence → fair', () => {
    const recs = reconcileClaims([
      claimInput({ source: { name: 'ISIS', kind: 'perpetrator_affiliated' }, facts: { count: count(1700) } }),
      claimInput({
        source: { name: 'Reuters', kind: 'media' },
        facts: { claimant: 'ISIS', count: count(1700) },
      }),
      claimInput({ source: { name: 'HRW', kind: 'ngo' }, facts: { count: count(560, 770) } }),
    ]);
    const sut = gradeInputFromReconciliation(recs, 3);
    expect(sut).toEqual({
      independentSources: ['HRW'],
      officialSources: [],
      otherSources: [],
      selfClaimSources: ['ISIS'],
      deniedBy: [],
      competingCounts: false,
      evidenceMedia: 3,
    });
    expect(suggestGrade(sut).grade).toBe('fair');
  });

  it('counts one speaker once across events and figures', () => {
    const recs = reconcileClaims([
      claimInput({ source: { name: 'AP', kind: 'media' }, facts: { count: count(5) } }),
      claimInput({ source: { name: 'AP', kind: 'media' }, facts: { event: 'injured', count: count(9) } }),
    ]);
    expect(gradeInputFromReconciliation(recs, 0).independentSources).toEqual(['AP']);
  });

  it('sees competing counts when official and independent ranges do not overlap', () => {
    const recs = reconcileClaims([
      claimInput({ source: { name: 'MoD', kind: 'official' }, facts: { count: count(3) } }),
      claimInput({ source: { name: 'HRW', kind: 'ngo' }, facts: { count: count(40, 60) } }),
    ]);
    expect(gradeInputFromReconciliation(recs, 0).competingCounts).toBe(true);
  });

  it('sees no competition when an open-ended count reaches the other range', () => {
    const recs = reconcileClaims([
      claimInput({
        source: { name: 'MoD', kind: 'official' },
        facts: { count: count(3, null, 'at least 3') },
      }),
      claimInput({ source: { name: 'HRW', kind: 'ngo' }, facts: { count: count(40, 60) } }),
    ]);
    expect(gradeInputFromReconciliation(recs, 0).competingCounts).toBe(false);
  });

  it('lists denials and unverified reports apart from independent sources', () => {
    const recs = reconcileClaims([
      claimInput({ source: { name: 'Army', kind: 'official' }, facts: { stance: 'denied' } }),
      claimInput({ source: { name: 'Daily', kind: 'media' }, facts: { stance: 'unverified' } }),
    ]);
    const sut = gradeInputFromReconciliation(recs, 0);
    expect([sut.deniedBy, sut.otherSources, sut.independentSources]).toEqual([['Army'], ['Daily'], []]);
  });
});
