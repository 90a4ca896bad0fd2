import { describe, expect, it } from 'vitest';
import { INCIDENT_STATUSES } from '../domain/incident';
import { incidentFixture } from '../incidents/incident.fixture';
import { assertCanEdit, isSealed } from './seal';

const forbidden = expect.objectContaining({ code: 'forbidden' });

describe('assertCanEdit (review and seal)', () => {
  it('seals verified and published incidents only', () => {
    expect(INCIDENT_STATUSES.filter((status) => isSealed({ status }))).toEqual(['verified', 'published']);
  });

  it('lets analysts edit an unsealed incident', () => {
    for (const status of ['new', 'in_progress', 'needs_review', 'discounted'] as const)
      expect(() => assertCanEdit(incidentFixture({ status }), { id: 'a', role: 'analyst' })).not.toThrow();
  });

  it('keeps analysts out of a sealed incident, with a message naming it', () => {
    expect(() =>
      assertCanEdit(incidentFixture({ status: 'verified' }), { id: 'a', role: 'analyst' }),
    ).toThrow(forbidden);
    expect(() =>
      assertCanEdit(incidentFixture({ status: 'published' }), { id: 'a', role: 'analyst' }),
    ).toThrow('incident inc-1 is published: only editors and admins may change it');
  });

  it('lets editors and admins change a sealed incident', () => {
    for (const role of ['editor', 'admin'] as const)
      expect(() => assertCanEdit(incidentFixture({ status: 'published' }), { id: 'e', role })).not.toThrow();
  });

  it('never lets a viewer edit', () => {
    expect(() => assertCanEdit(incidentFixture({ status: 'new' }), { id: 'v', role: 'viewer' })).toThrow(
      forbidden,
    );
  });
});
