import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors';
import { reconcileClaims } from './reconcile-claims';
import { claimInput, count } from './reconcile-input.fixture';
import type { EventReconciliation, ReconcileInput } from './reconcile.types';

const only = (inputs: ReconcileInput[]): EventReconciliation => {
  const [first, ...rest] = reconcileClaims(inputs);
  expect(rest).toHaveLength(0);
  return first!;
};

const isisStatement = () =>
  claimInput({
    claimId: 'c-isis',
    source: { name: 'ISIS', kind: 'perpetrator_affiliated' },
    facts: { count: count(1700, 1700, '1,700'), perpetrator: 'ISIS', stance: 'claimed' },
    published: '2014-06-14',
  });
const hrwCount = () =>
  claimInput({
    claimId: 'c-hrw',
    source: { name: 'HRW', kind: 'ngo' },
    facts: { count: count(560, 770, 'between 560 and 770'), perpetrator: 'ISIS' },
    published: '2014-06-27',
  });
const outletRepeat = () =>
  claimInput({
    claimId: 'c-reuters',
    source: { name: 'Reuters', kind: 'media' },
    facts: { count: count(1700, 1700, '1,700'), claimant: 'ISIS', perpetrator: 'ISIS', stance: 'claimed' },
    published: '2014-06-15',
  });

describe('reconcileClaims: three reports of one incident', () => {
  const sut = only([outletRepeat(), hrwCount(), isisStatement()]);

  it('spans the reports: 560 from the NGO, 1,700 from the self-claim', () => {
    expect([sut.min, sut.max]).toEqual([560, 1700]);
    expect(sut.minBasis).toBe('independent');
    expect(sut.maxBasis).toBe('self_claim');
  });

  it('gives the independent-only range beside it', () => {
    expect(sut.independentRange).toEqual({ min: 560, max: 770, maxOpen: false });
  });

  it('counts the repeated ISIS claim once, with the chain visible', () => {
    expect(sut.lines.map((l) => [l.sourceClass, l.speaker, l.repeatCount])).toEqual([
      ['self_claim', 'ISIS', 1],
      ['independent', 'HRW', 0],
    ]);
    expect(sut.chains).toHaveLength(1);
    expect(sut.chains[0]!.first.claimId).toBe('c-isis');
    expect(sut.chains[0]!.repeats.map((r) => r.claimId)).toEqual(['c-reuters']);
  });

  it('explains where each end comes from, citing rules', () => {
    expect(sut.explanation).toBe(
      'Killed 560–1,700: min 560 from HRW 2014-06-27 [R6-min-independent]; ' +
        'max 1,700 from ISIS claim 2014-06-14 (perpetrator self-claim; independent counts give 560–770) ' +
        '[R8-max-all-counted, R9-self-claim-explicit]. ' +
        'ISIS claim 1,700 repeated by Reuters 2014-06-15, counted once [R4-same-origin-once].',
    );
    expect(sut.ruleIds).toEqual([
      'R4-same-origin-once',
      'R5-source-class',
      'R6-min-independent',
      'R8-max-all-counted',
      'R9-self-claim-explicit',
    ]);
    expect(sut.flags).toEqual(['max_from_self_claim']);
  });

  it('does not depend on input order', () => {
    expect(only([isisStatement(), outletRepeat(), hrwCount()])).toEqual(sut);
  });
});

describe('reconcileClaims: rules', () => {
  it('never counts a conditional statement (R1)', () => {
    const sut = only([
      claimInput({ claimId: 'a', facts: { count: count(20) } }),
      claimInput({ claimId: 'b', facts: { count: count(5000), stance: 'conditional' } }),
    ]);
    expect(sut.max).toBe(20);
    expect(sut.excluded).toEqual([
      {
        claimId: 'b',
        ruleId: 'R1-conditional-excluded',
        reason: 'conditional statement "5000" is never counted',
      },
    ]);
    expect(sut.lines.map((l) => l.claimId)).toEqual(['a']);
    expect(sut.explanation).toContain('Not counted: 1 conditional statement [R1-conditional-excluded]');
  });

  it('never counts a claim a reviewer rejected (R2)', () => {
    const sut = only([
      claimInput({ facts: { count: count(3) } }),
      claimInput({ review: 'rejected', facts: { count: count(90) } }),
    ]);
    expect([sut.min, sut.max]).toEqual([3, 3]);
    expect(sut.excluded[0]?.ruleId).toBe('R2-rejected-excluded');
  });

  it('shows a denial as its own line that moves neither end (R3)', () => {
    const sut = only([
      claimInput({ claimId: 'n', source: { name: 'HRW', kind: 'ngo' }, facts: { count: count(40) } }),
      claimInput({
        claimId: 'd',
        source: { name: 'Army', kind: 'official' },
        facts: { count: count(400), stance: 'denied' },
        published: '2014-07-01',
      }),
    ]);
    expect([sut.min, sut.max]).toEqual([40, 40]);
    const denial = sut.lines.find((l) => l.claimId === 'd');
    expect(denial).toMatchObject({ sourceClass: 'denial', counted: false });
    expect(sut.explanation).toContain('Denied by Army 2014-07-01: 400, not counted [R3-denial-separate]');
  });

  it('counts several outlets quoting one statement once (R4)', () => {
    const quote = (id: string, outlet: string) =>
      claimInput({
        claimId: id,
        source: { name: outlet, kind: 'media' },
        facts: { claimant: 'Governor of Salahuddin', count: count(50) },
      });
    const sut = only([quote('q1', 'AP'), quote('q2', 'AFP'), quote('q3', 'BBC')]);
    expect(sut.lines).toHaveLength(1);
    expect(sut.lines[0]!.repeatCount).toBe(2);
    expect(sut.chains[0]!.repeats).toHaveLength(2);
  });

  it('keeps two outlets with the same figure of their own apart', () => {
    const own = (outlet: string) =>
      claimInput({ source: { name: outlet, kind: 'media' }, facts: { count: count(50) } });
    expect(only([own('AP'), own('AFP')]).lines).toHaveLength(2);
  });

  it('follows an explicit originKey and a repeats link (R4)', () => {
    const sut = only([
      claimInput({
        claimId: 'o1',
        source: { name: 'AP', kind: 'media' },
        originKey: 'leak',
        facts: { count: count(30) },
      }),
      claimInput({
        claimId: 'o2',
        source: { name: 'AFP', kind: 'media' },
        originKey: 'leak',
        facts: { count: count(31) },
      }),
      claimInput({
        claimId: 'o3',
        source: { name: 'BBC', kind: 'media' },
        repeatsClaimId: 'o2',
        facts: { count: count(35) },
      }),
    ]);
    expect(sut.lines).toHaveLength(1);
    expect(sut.chains[0]!.repeats.map((r) => r.claimId).sort()).toEqual(['o2', 'o3']);
  });

  it('survives a cycle of repeats links', () => {
    const sut = only([
      claimInput({ claimId: 'x', repeatsClaimId: 'y', facts: { count: count(10) } }),
      claimInput({ claimId: 'y', repeatsClaimId: 'x', facts: { count: count(12) } }),
    ]);
    expect(sut.lines).toHaveLength(1);
  });

  it('falls back to an official figure for min when no independent count exists (R7)', () => {
    const sut = only([
      claimInput({ source: { name: 'Health Ministry', kind: 'official' }, facts: { count: count(12) } }),
      claimInput({ source: { name: 'ISIS', kind: 'perpetrator_affiliated' }, facts: { count: count(200) } }),
    ]);
    expect([sut.min, sut.minBasis]).toEqual([12, 'official']);
    expect(sut.flags).toEqual(['min_not_independent', 'max_from_self_claim']);
    expect(sut.explanation).toContain('(perpetrator self-claim; no independent count)');
    expect(sut.ruleIds).toContain('R7-min-fallback');
  });

  it('prefers unattributed or unverified figures over a self-claim for min (R7)', () => {
    const sut = only([
      claimInput({ facts: { claimant: 'local sources', count: count(25) } }),
      claimInput({
        source: { name: 'Daily', kind: 'media' },
        facts: { stance: 'unverified', count: count(15) },
      }),
      claimInput({ source: { name: 'ISIS', kind: 'perpetrator_affiliated' }, facts: { count: count(5) } }),
    ]);
    expect([sut.min, sut.minBasis]).toEqual([15, 'independent']);
    expect(sut.flags).toContain('min_not_independent');
    expect(sut.independentRange).toBeNull();
    expect(sut.explanation).toContain(
      'min 15 from Daily (unverified; no credible independent or official count)',
    );
  });

  it('takes min from a self-claim only when nothing else is counted, and flags it (R7)', () => {
    const sut = only([
      claimInput({ source: { name: 'ISIS', kind: 'perpetrator_affiliated' }, facts: { count: count(1700) } }),
    ]);
    expect([sut.min, sut.max]).toEqual([1700, 1700]);
    expect(sut.flags).toEqual(['min_not_independent', 'min_from_self_claim', 'max_from_self_claim']);
  });

  it('credits the max to an independent count when a self-claim gives the same figure', () => {
    const sut = only([
      claimInput({ source: { name: 'ISIS', kind: 'perpetrator_affiliated' }, facts: { count: count(100) } }),
      claimInput({ source: { name: 'HRW', kind: 'ngo' }, facts: { count: count(60, 100) } }),
    ]);
    expect(sut.maxBasis).toBe('independent');
    expect(sut.flags).not.toContain('max_from_self_claim');
  });

  it('treats an open-ended count as its lower bound, below a closed figure (R10)', () => {
    const sut = only([
      claimInput({
        source: { name: 'AP', kind: 'media' },
        facts: { count: count(30, null, 'more than 30') },
      }),
      claimInput({ source: { name: 'HRW', kind: 'ngo' }, facts: { count: count(45) } }),
    ]);
    expect([sut.min, sut.max]).toEqual([30, 45]);
    expect(sut.flags).not.toContain('max_open_ended');
    expect(sut.ruleIds).toContain('R10-open-ended');
  });

  it('marks the max open when it comes from an open-ended count (R10)', () => {
    const sut = only([
      claimInput({
        source: { name: 'AP', kind: 'media' },
        facts: { count: count(100, null, 'more than 100') },
      }),
      claimInput({ source: { name: 'HRW', kind: 'ngo' }, facts: { count: count(45) } }),
    ]);
    expect([sut.min, sut.max]).toEqual([45, 100]);
    expect(sut.flags).toContain('max_open_ended');
    expect(sut.independentRange).toEqual({ min: 45, max: 100, maxOpen: true });
    expect(sut.explanation).toMatch(/^Killed 45–100\+: .*max 100\+ from AP \(open-ended: "more than 100"\)/);
  });

  it('reports no figure when only denials and conditionals remain', () => {
    const sut = only([
      claimInput({ facts: { stance: 'denied' } }),
      claimInput({ facts: { stance: 'conditional' } }),
    ]);
    expect([sut.min, sut.max]).toEqual([null, null]);
    expect(sut.flags).toEqual(['nothing_counted']);
    expect(sut.explanation).toMatch(/^Killed: no counted figure\. Denied by Outlet: 10/);
  });

  it('gives one result per event kind, in catalogue order', () => {
    const sut = reconcileClaims([
      claimInput({ facts: { event: 'injured', count: count(80) } }),
      claimInput({ facts: { event: 'killed', count: count(20) } }),
    ]);
    expect(sut.map((r) => [r.event, r.min])).toEqual([
      ['killed', 20],
      ['injured', 80],
    ]);
  });

  it('returns nothing for no claims', () => {
    expect(reconcileClaims([])).toEqual([]);
  });

  it('rejects duplicate ids and impossible counts with issues', () => {
    const bad = [claimInput({ claimId: 'z' }), claimInput({ claimId: 'z', facts: { count: count(9, 3) } })];
    const err = (() => {
      try {
        reconcileClaims(bad);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('validation_failed');
    expect((err as DomainError).issues?.map((i) => i.path)).toEqual([
      [1, 'claimId'],
      [1, 'facts', 'count', 'max'],
    ]);
  });
});
