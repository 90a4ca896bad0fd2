import { describe, expect, it } from 'vitest';
import { prepareComment } from './comments';

const viewer = { id: 'u-v', role: 'viewer' } as const;

describe('prepareComment', () => {
  it('trims the body, parses @mentions and logs it under the incident', () => {
    const sut = prepareComment('inc-1', viewer, '  @Alice please check with @bob.k  ', 'cmt-1');
    expect(sut.comment).toEqual({
      id: 'cmt-1',
      incidentId: 'inc-1',
      authorId: 'u-v',
      body: '@Alice please check with @bob.k',
      mentions: ['alice', 'bob.k'],
    });
    expect(sut.audit).toMatchObject({
      entityType: 'incident',
      entityId: 'inc-1',
      action: 'incident.comment',
    });
  });

  it('rejects an empty body with an issue', () => {
    expect(() => prepareComment('inc-1', viewer, ' \n ', 'cmt-2')).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        issues: [{ path: ['body'], message: 'required' }],
      }),
    );
  });

  it('rejects an over-long body', () => {
    expect(() => prepareComment('inc-1', viewer, 'x'.repeat(10_001), 'cmt-3')).toThrow(/1–10000 characters/);
  });
});
