import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors';
import { INCIDENT_STATUSES, type IncidentStatus } from '../domain/incident';
import { ROLES, type Role } from '../domain/user';
import { incidentFixture } from '../incidents/incident.fixture';
import { allowedTransitions, transition } from './transitions';

// Written out by hand, independently of TRANSITIONS: from>to → lowest role allowed.
const EXPECTED: Record<string, Role> = {
  'new>in_progress': 'analyst',
  'new>discounted': 'analyst',
  'in_progress>needs_review': 'analyst',
  'in_progress>discounted': 'analyst',
  'needs_review>in_progress': 'analyst',
  'needs_review>verified': 'editor',
  'needs_review>discounted': 'editor',
  'verified>published': 'editor',
  'verified>in_progress': 'editor',
  'published>verified': 'editor',
  'discounted>in_progress': 'analyst',
};
const SEALED = new Set<IncidentStatus>(['verified', 'published']);
const rank = (r: Role) => ROLES.indexOf(r);

const outcome = (from: IncidentStatus, to: IncidentStatus, role: Role): string => {
  try {
    const { incident } = transition(incidentFixture({ status: from }), to, { id: 'u1', role });
    return `ok:${incident.status}`;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
};

const expectedOutcome = (from: IncidentStatus, to: IncidentStatus, role: Role): string => {
  if (rank(role) < rank('analyst')) return 'forbidden';
  if (SEALED.has(from) && rank(role) < rank('editor')) return 'forbidden';
  const min = EXPECTED[`${from}>${to}`];
  if (min === undefined) return 'invalid_transition';
  return rank(role) >= rank(min) ? `ok:${to}` : 'forbidden';
};

describe('transition: every pair of statuses, for every role', () => {
  for (const from of INCIDENT_STATUSES)
    for (const to of INCIDENT_STATUSES)
      it(`${from} → ${to}`, () => {
        for (const role of ROLES)
          expect([role, outcome(from, to, role)]).toEqual([role, expectedOutcome(from, to, role)]);
      });
});

describe('transition', () => {
  it('returns a new incident and the audit entry, leaving the input alone', () => {
    const before = incidentFixture({ status: 'new' });
    const at = new Date('2014-06-21T09:00:00Z');
    const sut = transition(before, 'in_progress', { id: 'u-ana', role: 'analyst' }, at);
    expect(sut.incident).toEqual({ ...before, status: 'in_progress', updatedAt: at });
    expect(before.status).toBe('new');
    expect(sut.audit).toEqual({
      actorId: 'u-ana',
      action: 'incident.transition',
      entityType: 'incident',
      entityId: 'inc-1',
      before: { status: 'new' },
      after: { status: 'in_progress' },
    });
  });

  it('names the incident and both statuses in an invalid move', () => {
    expect(() =>
      transition(incidentFixture({ status: 'new' }), 'published', { id: 'u', role: 'admin' }),
    ).toThrow('incident inc-1 cannot move from new to published');
  });

  it('rejects an unknown status as an invalid transition', () => {
    const bogus = 'archived' as IncidentStatus;
    expect(() => transition(incidentFixture(), bogus, { id: 'u', role: 'admin' })).toThrow(
      /unknown status "archived"/,
    );
  });
});

describe('allowedTransitions', () => {
  it('offers an analyst only the moves their role allows', () => {
    expect(allowedTransitions('needs_review', 'analyst')).toEqual(['in_progress']);
    expect(allowedTransitions('needs_review', 'editor')).toEqual(['in_progress', 'verified', 'discounted']);
  });

  it('offers a viewer nothing', () => {
    for (const s of INCIDENT_STATUSES) expect(allowedTransitions(s, 'viewer')).toEqual([]);
  });
});
