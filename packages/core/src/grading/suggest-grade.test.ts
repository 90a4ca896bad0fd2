import { describe, expect, it } from 'vitest';
import type { GradeInput } from './grade-input';
import { suggestGrade } from './suggest-grade';

const input = (o: Partial<GradeInput> = {}): GradeInput => ({
  independentSources: [],
  officialSources: [],
  otherSources: [],
  selfClaimSources: [],
  deniedBy: [],
  competingCounts: false,
  evidenceMedia: 0,
  ...o,
});

describe('suggestGrade', () => {
  it('discounts an incident no counted report supports (G1)', () => {
    const sut = suggestGrade(input({ deniedBy: ['Army'] }));
    expect([sut.grade, sut.ruleId]).toEqual(['discounted', 'G1-nothing-counted']);
  });

  it('grades only self-claims weak, whatever else is present (G2)', () => {
    const sut = suggestGrade(input({ selfClaimSources: ['ISIS'], evidenceMedia: 4 }));
    expect([sut.grade, sut.ruleId]).toEqual(['weak', 'G2-self-claims-only']);
    expect(sut.reasons).toContain('1 perpetrator self-claim(s): ISIS');
  });

  it('marks a denial by a party as contested (G3)', () => {
    const sut = suggestGrade(input({ independentSources: ['AP', 'HRW'], deniedBy: ['Army'] }));
    expect([sut.grade, sut.ruleId]).toEqual(['contested', 'G3-contested']);
    expect(sut.reasons).toContain('denied by Army');
  });

  it('marks competing official and independent counts as contested (G3)', () => {
    const sut = suggestGrade(
      input({ independentSources: ['HRW'], officialSources: ['MoD'], competingCounts: true }),
    );
    expect(sut.grade).toBe('contested');
  });

  it('confirms an officially acknowledged incident with an independent source (G4)', () => {
    const sut = suggestGrade(input({ independentSources: ['HRW'], officialSources: ['Health Ministry'] }));
    expect([sut.grade, sut.ruleId]).toEqual(['confirmed', 'G4-acknowledged']);
  });

  it('grades two independent sources fair (G5)', () => {
    expect(suggestGrade(input({ independentSources: ['AP', 'HRW'] })).grade).toBe('fair');
  });

  it('grades one independent source with evidence media fair (G5)', () => {
    const sut = suggestGrade(input({ independentSources: ['HRW'], evidenceMedia: 2 }));
    expect(sut.grade).toBe('fair');
    expect(sut.reasons).toContain('evidence media present (2)');
  });

  it('grades a single source weak (G6)', () => {
    expect(suggestGrade(input({ independentSources: ['HRW'] })).ruleId).toBe('G6-single-source');
    expect(suggestGrade(input({ officialSources: ['MoD'] })).grade).toBe('weak');
    expect(suggestGrade(input({ otherSources: ['local sources'], selfClaimSources: ['ISIS'] })).grade).toBe(
      'weak',
    );
  });

  it('puts the deciding rule first in the reasons', () => {
    const sut = suggestGrade(input({ independentSources: ['AP', 'HRW'] }));
    expect(sut.reasons[0]).toMatch(/^G5-corroborated: /);
    expect(sut.reasons).toContain('2 independent source(s): AP, HRW');
    expect(sut.reasons).toContain('no evidence media');
  });
});
