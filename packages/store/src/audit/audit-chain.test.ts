import { GENESIS_HASH, verifyAuditChain, type AuditEvent } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../adapters/node-hasher';
import { nextStoredAuditEvent } from './audit-chain';

const entry = { actorId: 'usr_1', action: 'incident.grade', entityType: 'incident', entityId: 'inc_1' };

describe('nextStoredAuditEvent', () => {
  it('starts from the genesis hash and links each entry to the one before', async () => {
    const a = nextStoredAuditEvent(
      null,
      { ...entry, before: null, after: { i: 1 } },
      new Date(0),
      nodeHasher,
    );
    const b = nextStoredAuditEvent(
      a,
      { ...entry, before: { i: 1 }, after: { i: 2 } },
      new Date(1),
      nodeHasher,
    );
    expect(a).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(b).toMatchObject({ seq: 2, prevHash: a.hash });
    expect(await verifyAuditChain([a, b], nodeHasher)).toMatchObject({ ok: true, count: 2 });
  });

  it('keeps before/after as they will read back: undefined null, Dates ISO text', async () => {
    const e: AuditEvent = nextStoredAuditEvent(
      null,
      { ...entry, before: undefined, after: { at: new Date(0), gone: undefined } },
      new Date(0),
      nodeHasher,
    );
    expect(e.before).toBeNull();
    expect(e.after).toEqual({ at: '1970-01-01T00:00:00.000Z' });
    const readBack = JSON.parse(JSON.stringify(e.after)) as unknown;
    expect(await verifyAuditChain([{ ...e, after: readBack }], nodeHasher)).toMatchObject({ ok: true });
  });
});
