import type { JobHandlers, Store } from '@corroborate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUlidIds } from '../adapters/ulid-ids';
import { ManualClock } from '../contract/manual-clock';
import { openStore } from '../open-store';
import type { WorkerEvent } from './job-runner';
import { runWorker } from './run-worker';

describe('runWorker', () => {
  let store: Store;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = new ManualClock();
    store = await openStore('sqlite::memory:', { clock, ids: createUlidIds({ clock }) }, { migrate: true });
  });
  afterEach(() => store.close());

  it('runs queued jobs as they arrive and stops when aborted', async () => {
    const seen: string[] = [];
    const events: WorkerEvent['type'][] = [];
    const controller = new AbortController();
    const handlers: JobHandlers = {
      'mail.send': () => Promise.resolve({ outcome: 'skipped', reason: 'no mail here' }),
      'mail.digest': () => Promise.resolve({ outcome: 'skipped', reason: 'no digest here' }),
      'ledger.checkpoint': () => Promise.resolve({ outcome: 'skipped', reason: 'no checkpoint here' }),
      'document.extract': ({ documentId }) => {
        seen.push(documentId);
        if (seen.length === 3) controller.abort();
        return Promise.resolve({ outcome: 'done' });
      },
    };
    await store.jobs.enqueue('document.extract', { documentId: 'a' });
    const sut = runWorker({
      store,
      handlers,
      workerId: 'w1',
      clock,
      signal: controller.signal,
      pollMs: 5,
      onEvent: (e) => events.push(e.type),
    });
    // Enqueued while the worker is polling: it must pick these up too.
    setTimeout(() => void store.jobs.enqueue('document.extract', { documentId: 'b' }), 20);
    setTimeout(() => void store.jobs.enqueue('document.extract', { documentId: 'c' }), 40);
    await sut;
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['done', 'done', 'done']);
    expect(await store.jobs.counts()).toMatchObject({ done: 3, running: 0, queued: 0 });
  });

  it('reports queue errors and keeps polling instead of dying', async () => {
    const controller = new AbortController();
    const errors: unknown[] = [];
    const broken = {
      jobs: {
        ...store.jobs,
        claim: () => {
          if (errors.length === 2) controller.abort();
          return Promise.reject(new Error('database is locked'));
        },
      },
    };
    const handlers: JobHandlers = {
      'mail.send': () => Promise.resolve({ outcome: 'skipped', reason: 'no mail here' }),
      'mail.digest': () => Promise.resolve({ outcome: 'skipped', reason: 'no digest here' }),
      'ledger.checkpoint': () => Promise.resolve({ outcome: 'skipped', reason: 'no checkpoint here' }),
      'document.extract': () => Promise.resolve({ outcome: 'done' }),
    };
    await runWorker({
      store: broken,
      handlers,
      workerId: 'w1',
      clock,
      signal: controller.signal,
      pollMs: 1,
      onEvent: (e) => e.type === 'queue_error' && errors.push(e.error),
    });
    expect(errors.length).toBe(3);
    expect(String(errors[0])).toContain('database is locked');
  });

  it('returns at once when the signal is already aborted', async () => {
    await store.jobs.enqueue('document.extract', { documentId: 'a' });
    const handlers: JobHandlers = {
      'mail.send': () => Promise.resolve({ outcome: 'skipped', reason: 'no mail here' }),
      'mail.digest': () => Promise.resolve({ outcome: 'skipped', reason: 'no digest here' }),
      'ledger.checkpoint': () => Promise.resolve({ outcome: 'skipped', reason: 'no checkpoint here' }),
      'document.extract': () => Promise.reject(new Error('must not run')),
    };
    await runWorker({ store, handlers, workerId: 'w1', clock, signal: AbortSignal.abort(), pollMs: 10_000 });
    expect((await store.jobs.counts()).queued).toBe(1);
  });

  it('fails a job with no handler for good', async () => {
    const id = await store.jobs.enqueue('document.extract', { documentId: 'a' });
    const controller = new AbortController();
    await runWorker({
      store,
      handlers: {} as JobHandlers,
      workerId: 'w1',
      clock,
      signal: controller.signal,
      pollMs: 1,
      onEvent: () => controller.abort(),
    });
    expect(await store.jobs.get(id)).toMatchObject({
      state: 'failed',
      lastError: 'no handler for job document.extract',
    });
  });
});
