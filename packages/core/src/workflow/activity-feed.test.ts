import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../domain/audit-event';
import { activityFeed } from './activity-feed';

let seq = 0;
const event = (action: string, before: unknown, after: unknown): AuditEvent => {
  seq += 1;
  return {
    seq,
    at: new Date(Date.UTC(2014, 5, 20, seq)),
    actorId: 'u1',
    action,
    entityType: 'incident',
    entityId: 'inc-1',
    before,
    after,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  };
};

describe('activityFeed', () => {
  const events = [
    event('incident.create', null, { title: 'Camp Speicher' }),
    event('incident.transition', { status: 'new' }, { status: 'in_progress' }),
    event('incident.assign', { assigneeIds: [] }, { assigneeIds: ['u2'], userId: 'u2' }),
    event('incident.comment', null, { commentId: 'c1', body: 'see @alice', mentions: ['alice'] }),
    event('incident.grade', { grade: null, gradeReason: null }, { grade: 'fair', gradeReason: 'HRW and AP' }),
    event('incident.link_claim', null, { claimId: 'clm-7' }),
    event('incident.frobnicate', null, null),
  ];
  const sut = activityFeed(events);

  it('lists the newest first', () => {
    expect(sut.map((i) => i.seq)).toEqual(events.map((e) => e.seq).reverse());
  });

  it('describes each kind of change', () => {
    expect(sut.map((i) => [i.kind, i.text]).reverse()).toEqual([
      ['created', 'created the incident "Camp Speicher"'],
      ['status', 'changed status from new to in progress'],
      ['assigned', 'assigned u2'],
      ['comment', 'commented: see @alice'],
      ['grade', 'set grade to fair (was none): HRW and AP'],
      ['claim_linked', 'linked claim clm-7'],
      ['other', 'incident.frobnicate'],
    ]);
  });

  it('carries the mentions of a comment only', () => {
    expect(sut.filter((i) => i.mentions.length > 0).map((i) => [i.kind, i.mentions])).toEqual([
      ['comment', ['alice']],
    ]);
  });

  it('tolerates stored payloads of an unexpected shape', () => {
    const [item] = activityFeed([event('incident.transition', 'garbage', 42)]);
    expect(item?.text).toBe('changed status from none to none');
  });

  it('clips long comments', () => {
    const [item] = activityFeed([
      event('incident.comment', null, { body: 'y'.repeat(500), mentions: 'nope' }),
    ]);
    expect(item?.text.length).toBeLessThan(160);
    expect(item?.mentions).toEqual([]);
  });
});
