import { isDomainError, type JobHandlers } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { drainJobs } from '../jobs/drain-jobs';
import { useContractStore, type ContractHarness } from './contract-harness';

const MINUTE = 60_000;

export function jobQueueContract(h: ContractHarness): void {
  describe('job queue', () => {
    const t = useContractStore(h, { jobLeaseMs: 5 * MINUTE });

    const enqueue = (documentId: string, dedupeKey?: string): Promise<string> =>
      t().store.jobs.enqueue('document.extract', { documentId }, dedupeKey ? { dedupeKey } : {});

    it('enqueues a job with its policy and payload', async () => {
      const { store, clock } = t();
      const id = await enqueue('doc_1');
      expect(await store.jobs.get(id)).toEqual({
        id,
        name: 'document.extract',
        payload: { documentId: 'doc_1' },
        state: 'queued',
        attempts: 0,
        maxAttempts: 3,
        runAfter: clock.now(),
        lastError: null,
        dedupeKey: null,
      });
      expect(await store.jobs.get('job_missing')).toBeNull();
    });

    it('deduplicates by key while a job is pending, not after it finished', async () => {
      const { store } = t();
      const first = await enqueue('doc_1', 'extract:doc_1');
      expect(await enqueue('doc_1', 'extract:doc_1')).toBe(first);
      await store.jobs.claim('w1');
      expect(await enqueue('doc_1', 'extract:doc_1')).toBe(first);
      await store.jobs.complete(first, 'done');
      const second = await enqueue('doc_1', 'extract:doc_1');
      expect(second).not.toBe(first);
      expect(await enqueue('doc_2')).not.toBe(await enqueue('doc_2'));
    });

    it('hands out the oldest due job first, each to one worker, and null when none is due', async () => {
      const { store, clock } = t();
      const ids: string[] = [];
      for (const doc of ['a', 'b', 'c']) {
        ids.push(await enqueue(doc));
        clock.advance(1);
      }
      const a = await store.jobs.claim('w1');
      const b = await store.jobs.claim('w2');
      const c = await store.jobs.claim('w1');
      expect([a?.id, b?.id, c?.id]).toEqual(ids);
      expect(a).toMatchObject({ state: 'running', attempts: 1 });
      expect(await store.jobs.claim('w3')).toBeNull();
      expect(await store.jobs.counts()).toEqual({ queued: 0, running: 3, done: 0, skipped: 0, failed: 0 });
    });

    it('claims only the job names asked for', async () => {
      const { store } = t();
      await enqueue('a');
      expect(await store.jobs.claim('w1', [])).toBeNull();
      expect((await store.jobs.claim('w1', ['document.extract']))?.payload).toEqual({ documentId: 'a' });
    });

    it('retries a failed job only once its backoff has passed', async () => {
      const { store, clock } = t();
      const id = await enqueue('a');
      await store.jobs.claim('w1');
      const retryAt = new Date(clock.now().getTime() + 2_000);
      await store.jobs.fail(id, 'boom', retryAt);
      expect(await store.jobs.get(id)).toMatchObject({
        state: 'queued',
        attempts: 1,
        lastError: 'boom',
        runAfter: retryAt,
      });
      clock.advance(1_999);
      expect(await store.jobs.claim('w1')).toBeNull();
      clock.advance(1);
      expect(await store.jobs.claim('w1')).toMatchObject({ id, attempts: 2, state: 'running' });
    });

    it('runs handlers with exponential backoff and fails for good after maxAttempts', async () => {
      const { store, clock } = t();
      const id = await enqueue('a');
      let calls = 0;
      const handlers: JobHandlers = {
        'mail.send': () => Promise.resolve({ outcome: 'skipped', reason: 'no mail here' }),
        'mail.digest': () => Promise.resolve({ outcome: 'skipped', reason: 'no digest here' }),
        'ledger.checkpoint': () => Promise.resolve({ outcome: 'skipped', reason: 'no checkpoint here' }),
        'document.extract': () => {
          calls += 1;
          return Promise.reject(new Error(`attempt ${calls} failed`));
        },
      };
      const deps = { store, handlers, workerId: 'w1', clock };
      const start = clock.now().getTime();
      expect(await drainJobs(deps)).toEqual({ done: 0, skipped: 0, retried: 1, failed: 0 });
      expect((await store.jobs.get(id))?.runAfter.getTime()).toBe(start + 2_000);
      clock.advance(2_000);
      expect(await drainJobs(deps)).toMatchObject({ retried: 1 });
      expect((await store.jobs.get(id))?.runAfter.getTime()).toBe(start + 2_000 + 4_000);
      clock.advance(4_000);
      expect(await drainJobs(deps)).toMatchObject({ failed: 1 });
      const job = await store.jobs.get(id);
      expect(job).toMatchObject({ state: 'failed', attempts: 3 });
      expect(job?.lastError).toContain('attempt 3 failed');
      clock.advance(60 * MINUTE);
      expect(await store.jobs.claim('w1')).toBeNull();
      expect(calls).toBe(3);
    });

    it('records done and skipped outcomes', async () => {
      const { store, clock } = t();
      await enqueue('keep');
      await enqueue('skip');
      const handlers: JobHandlers = {
        'mail.send': () => Promise.resolve({ outcome: 'skipped', reason: 'no mail here' }),
        'mail.digest': () => Promise.resolve({ outcome: 'skipped', reason: 'no digest here' }),
        'ledger.checkpoint': () => Promise.resolve({ outcome: 'skipped', reason: 'no checkpoint here' }),
        'document.extract': ({ documentId }) =>
          Promise.resolve(
            documentId === 'skip' ? { outcome: 'skipped', reason: 'empty text' } : { outcome: 'done' },
          ),
      };
      expect(await drainJobs({ store, handlers, workerId: 'w1', clock })).toEqual({
        done: 1,
        skipped: 1,
        retried: 0,
        failed: 0,
      });
      expect(await store.jobs.counts()).toMatchObject({ done: 1, skipped: 1, queued: 0, running: 0 });
    });

    it('lets another worker take over a job whose lease expired, until attempts run out', async () => {
      const { store, clock } = t();
      const id = await enqueue('a');
      expect((await store.jobs.claim('dead-worker'))?.id).toBe(id);
      clock.advance(5 * MINUTE - 1);
      expect(await store.jobs.claim('w2')).toBeNull();
      clock.advance(2);
      expect(await store.jobs.claim('w2')).toMatchObject({ id, attempts: 2 });
      clock.advance(6 * MINUTE);
      expect(await store.jobs.claim('w3')).toMatchObject({ id, attempts: 3 });
      clock.advance(6 * MINUTE);
      expect(await store.jobs.claim('w4')).toBeNull();
      const job = await store.jobs.get(id);
      expect(job?.state).toBe('failed');
      expect(job?.lastError).toContain('lease expired');
    });

    it('reports unknown jobs as not found', async () => {
      const { store } = t();
      await expect(store.jobs.complete('job_missing', 'done')).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'not_found',
      );
      await expect(store.jobs.fail('job_missing', 'x', null)).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'not_found',
      );
    });

    it('stores a long or binary error message cut and cleaned', async () => {
      const { store } = t();
      const id = await enqueue('a');
      await store.jobs.claim('w1');
      await store.jobs.fail(id, `bad\u0000byte ${'x'.repeat(20_000)}`, null);
      const lastError = (await store.jobs.get(id))?.lastError ?? '';
      expect(lastError.startsWith('bad\uFFFDbyte x')).toBe(true);
      expect(lastError).toHaveLength(8_000);
    });

    it('never gives one job to two stores on the same database', async () => {
      const { store, reopen } = t();
      const other = await reopen({ jobLeaseMs: 5 * MINUTE });
      const ids = new Set<string>();
      for (let i = 0; i < 20; i++) ids.add(await enqueue(`d${i}`));
      const claimed: string[] = [];
      await Promise.all(
        [store, other, store, other].map(async (s, w) => {
          for (let job = await s.jobs.claim(`w${w}`); job; job = await s.jobs.claim(`w${w}`))
            claimed.push(job.id);
        }),
      );
      expect(claimed.sort()).toEqual([...ids].sort());
    });
  });
}
