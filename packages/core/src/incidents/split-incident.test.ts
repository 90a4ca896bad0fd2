import { describe, expect, it } from 'vitest';
import type { Claim, ClaimFacts } from '../domain/claim';
import { claimInput, count } from '../reconcile/reconcile-input.fixture';
import { incidentFixture } from './incident.fixture';
import { splitIncident } from './split-incident';

const analyst = { id: 'u-ana', role: 'analyst' } as const;

const claim = (id: string, facts: Partial<ClaimFacts>, incidentId = 'inc-1'): Claim => ({
  id,
  documentId: `doc-${id}`,
  extracted: claimInput({ facts }).facts,
  corrected: null,
  review: 'machine',
  incidentId,
  createdAt: new Date('2014-06-20T00:00:00Z'),
  updatedAt: new Date('2014-06-20T00:00:00Z'),
});

describe('splitIncident', () => {
  const incident = incidentFixture({
    title: 'Tikrit killings',
    dateFrom: '2014-06-12',
    dateTo: '2014-06-20',
    datePrecision: 'week',
    assigneeIds: ['u1'],
    grade: 'fair',
    gradeReason: 'r',
  });
  const claims = [
    claim('c1', { date: { text: 'June 12', span: null, value: '2014-06-12' } }),
    claim('c2', {
      event: 'injured',
      count: count(40),
      date: { text: 'June 19', span: null, value: '2014-06-19' },
    }),
    claim('c3', { perpetrator: 'ISIS', date: { text: 'June 20', span: null, value: '2014-06-20' } }),
  ];

  it('pre-fills the new incident from the moved claims, ungraded and new', () => {
    const sut = splitIncident(incident, ['c2', 'c3'], analyst, { newIncidentId: 'inc-2', claims });
    expect(sut.newIncident).toEqual({
      title: 'Tikrit killings (split)',
      place: null,
      dateFrom: '2014-06-19',
      dateTo: '2014-06-20',
      // Two days cannot be given as one: the next precision up.
      datePrecision: 'week',
      eventKinds: ['injured', 'killed'],
      perpetrators: ['ISIS'],
      victimTypes: [],
      status: 'new',
      grade: null,
      gradeReason: null,
      assigneeIds: ['u1'],
    });
    expect(sut.moveClaimIds).toEqual(['c2', 'c3']);
    expect(sut.audit.map((e) => [e.entityId, e.action])).toEqual([
      ['inc-1', 'incident.split'],
      ['inc-2', 'incident.create'],
    ]);
  });

  it('copies the incident’s description when the claims are not given', () => {
    const sut = splitIncident(incident, ['c9'], analyst, { newIncidentId: 'inc-2', title: 'Second wave' });
    expect(sut.newIncident).toMatchObject({
      title: 'Second wave',
      dateFrom: '2014-06-12',
      datePrecision: 'week',
      grade: null,
    });
  });

  it('rejects no, repeated or foreign claim ids, and moving every claim', () => {
    const issues = (ids: string[], cs: Claim[] | undefined = claims) => {
      try {
        splitIncident(incident, ids, analyst, { newIncidentId: 'n', claims: cs });
      } catch (e) {
        return (e as { code: string; issues: { path: unknown[] }[] }).issues.map((i) => i.path);
      }
      return null;
    };
    expect(issues([])).toEqual([['claimIds']]);
    expect(issues(['c1', 'c1'])).toEqual([['claimIds']]);
    expect(issues(['c1', 'cX'])).toEqual([['claimIds', 1]]);
    expect(issues(['c1', 'c2', 'c3'])).toEqual([['claimIds']]);
    expect(issues(['c1', 'c2'], [...claims, claim('c4', {}, 'other')])).toBeNull();
  });

  it('respects the seal', () => {
    expect(() =>
      splitIncident({ ...incident, status: 'verified' }, ['c1'], analyst, { newIncidentId: 'n' }),
    ).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
