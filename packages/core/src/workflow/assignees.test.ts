import { describe, expect, it } from 'vitest';
import { incidentFixture } from '../incidents/incident.fixture';
import { assign, unassign } from './assignees';

const analyst = { id: 'u-ana', role: 'analyst' } as const;

describe('assign / unassign', () => {
  it('adds an assignee and records before and after', () => {
    const sut = assign(incidentFixture({ assigneeIds: ['u1'] }), 'u2', analyst);
    expect(sut.incident.assigneeIds).toEqual(['u1', 'u2']);
    expect(sut.audit).toMatchObject({
      action: 'incident.assign',
      before: { assigneeIds: ['u1'] },
      after: { assigneeIds: ['u1', 'u2'], userId: 'u2' },
    });
  });

  it('refuses to assign someone twice', () => {
    expect(() => assign(incidentFixture({ assigneeIds: ['u1'] }), 'u1', analyst)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('refuses an empty assignee id', () => {
    expect(() => assign(incidentFixture(), ' ', analyst)).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
  });

  it('removes an assignee', () => {
    const sut = unassign(incidentFixture({ assigneeIds: ['u1', 'u2'] }), 'u1', analyst);
    expect(sut.incident.assigneeIds).toEqual(['u2']);
    expect(sut.audit.action).toBe('incident.unassign');
  });

  it('reports removing someone not assigned as not found', () => {
    expect(() => unassign(incidentFixture(), 'u9', analyst)).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('respects the seal', () => {
    expect(() => assign(incidentFixture({ status: 'verified' }), 'u2', analyst)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});
