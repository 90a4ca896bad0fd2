import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors';
import type { Grade } from '../domain/incident';
import { incidentFixture } from '../incidents/incident.fixture';
import { setGrade } from './set-grade';

const analyst = { id: 'u-ana', role: 'analyst' } as const;
const editor = { id: 'u-ed', role: 'editor' } as const;

const caught = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};

describe('setGrade', () => {
  it('sets grade and reason and returns the before/after record and audit entry', () => {
    const before = incidentFixture({ grade: 'weak', gradeReason: 'one outlet' });
    const at = new Date('2014-07-01T10:00:00Z');
    const sut = setGrade(before, 'fair', '  HRW and AP agree  ', analyst, at);
    expect(sut.incident).toMatchObject({ grade: 'fair', gradeReason: 'HRW and AP agree', updatedAt: at });
    expect(sut.change).toEqual({
      before: { grade: 'weak', gradeReason: 'one outlet' },
      after: { grade: 'fair', gradeReason: 'HRW and AP agree' },
    });
    expect(sut.audit).toEqual({
      actorId: 'u-ana',
      action: 'incident.grade',
      entityType: 'incident',
      entityId: 'inc-1',
      before: sut.change.before,
      after: sut.change.after,
    });
    expect(before.grade).toBe('weak');
  });

  it('requires a written reason', () => {
    const err = caught(() => setGrade(incidentFixture(), 'fair', '   ', analyst));
    expect(err.code).toBe('validation_failed');
    expect(err.issues).toEqual([{ path: ['reason'], message: 'a written reason is required' }]);
  });

  it('rejects an unknown grade and an over-long reason together', () => {
    const err = caught(() => setGrade(incidentFixture(), 'great' as Grade, 'x'.repeat(2001), analyst));
    expect(err.issues?.map((i) => i.path[0])).toEqual(['grade', 'reason']);
  });

  it('lets only editors re-grade a sealed incident', () => {
    const sealed = incidentFixture({ status: 'published', grade: 'fair' });
    expect(caught(() => setGrade(sealed, 'contested', 'army denies', analyst)).code).toBe('forbidden');
    expect(setGrade(sealed, 'contested', 'army denies', editor).incident.grade).toBe('contested');
  });

  it('refuses viewers', () => {
    expect(caught(() => setGrade(incidentFixture(), 'weak', 'r', { id: 'v', role: 'viewer' })).code).toBe(
      'forbidden',
    );
  });
});
