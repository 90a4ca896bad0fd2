import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendToLedger } from '@corroborate/archive';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compose, type AppContext } from './compose';
import { ledgerCheckpointJob } from './ledger-checkpoint.job';

describe('the ledger.checkpoint job as the worker wires it', () => {
  let dir: string;
  let app: AppContext;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corroborate-checkpoint-job-'));
    app = await compose(join(dir, 'store.sqlite'));
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  const append = (objectId: string) =>
    appendToLedger(
      { ledger: app.store.ledger, clock: app.clock },
      { kind: 'audit', objectId, sha256: 'a'.repeat(64) },
    );

  it('skips on an empty ledger, signs the first checkpoint, then skips until one is due again', async () => {
    const sut = app.handlers['ledger.checkpoint'];
    expect(await sut({})).toEqual({ outcome: 'skipped', reason: 'no checkpoint due' });
    await append('aud_1');
    await append('aud_2');
    expect(await sut({})).toEqual({ outcome: 'done' });
    const cp = await app.store.checkpoints.latest();
    expect(cp?.seq).toBe((await app.store.ledger.latest())?.seq);
    const pem = await app.preservation().publicKeyPem();
    expect(pem).toContain('BEGIN PUBLIC KEY');
    await append('aud_3');
    // The default policy waits for 1000 entries or an hour.
    expect(await sut({})).toEqual({ outcome: 'skipped', reason: 'no checkpoint due' });
    expect((await app.store.checkpoints.latest())?.seq).toBe(cp?.seq);
  });

  it('skips rather than fails when no key folder is configured', async () => {
    const sut = ledgerCheckpointJob({
      preservation: () => {
        throw new Error('must not be made');
      },
      keysConfigured: () => false,
    });
    expect(await sut({})).toEqual({ outcome: 'skipped', reason: 'no key folder (CORROBORATE_KEYS)' });
  });
});
