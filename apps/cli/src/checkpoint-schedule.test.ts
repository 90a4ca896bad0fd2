import { openStore, systemClock, ulidIds } from '@corroborate/store';
import type { Store } from '@corroborate/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueueCheckpoint, scheduleCheckpoints } from './checkpoint-schedule';

describe('periodic checkpoint jobs', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore('sqlite::memory:', { clock: systemClock, ids: ulidIds });
    await store.migrate();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
  });

  it('keeps at most one checkpoint job queued', async () => {
    const first = await enqueueCheckpoint(store.jobs);
    expect(await enqueueCheckpoint(store.jobs)).toBe(first);
    const job = await store.jobs.claim('w1');
    expect(job?.name).toBe('ledger.checkpoint');
    expect(await store.jobs.claim('w1')).toBeNull();
  });

  it('queues one at once and another on each tick, until aborted', async () => {
    vi.useFakeTimers();
    const enqueue = vi.fn(() => Promise.resolve('job'));
    const abort = new AbortController();
    scheduleCheckpoints({ enqueue }, { everyMs: 1_000, signal: abort.signal });
    expect(enqueue).toHaveBeenCalledTimes(1);
    expect(enqueue).toHaveBeenLastCalledWith('ledger.checkpoint', {}, { dedupeKey: 'ledger.checkpoint' });
    await vi.advanceTimersByTimeAsync(2_500);
    expect(enqueue).toHaveBeenCalledTimes(3);
    abort.abort();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(enqueue).toHaveBeenCalledTimes(3);
  });

  it('reports an enqueue error instead of throwing', async () => {
    const errors: unknown[] = [];
    const abort = new AbortController();
    scheduleCheckpoints(
      { enqueue: () => Promise.reject(new Error('database gone')) },
      { everyMs: 60_000, signal: abort.signal, onError: (e) => errors.push(e) },
    );
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    abort.abort();
    expect(String(errors[0])).toContain('database gone');
  });
});
