import type { OutboxMail, Repositories, SubscriptionRecord } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { useContractStore, type ContractHarness } from './contract-harness';

const at = (iso: string) => new Date(iso);

const aSubscription = (o: Partial<SubscriptionRecord> = {}): SubscriptionRecord => ({
  id: 's1',
  email: 'reader@example.org',
  target: { kind: 'incident', incidentId: 'inc-1' },
  status: 'pending',
  cadence: 'immediate',
  consecutiveFailures: 0,
  retryAt: null,
  createdAt: at('2014-06-16T22:30:00Z'),
  confirmedAt: null,
  pausedAt: null,
  unsubscribedAt: null,
  updatedAt: at('2014-06-16T22:30:00Z'),
  ...o,
});

const need = <K extends 'subscriptions' | 'usedTokens' | 'outbox'>(r: Repositories, k: K) => {
  const repo = r[k];
  if (!repo) throw new Error(`store has no ${k} repository`);
  return repo as NonNullable<Repositories[K]>;
};

export function subscriptionContract(h: ContractHarness): void {
  describe('subscriptions, used tokens and the mail outbox', () => {
    const t = useContractStore(h);

    it('saves (insert, then replace) and finds subscriptions by id and by address and target', async () => {
      const subs = need(t().store, 'subscriptions');
      await subs.save(aSubscription());
      expect(await subs.getById('s1')).toEqual(aSubscription());
      const confirmed = aSubscription({ status: 'confirmed', confirmedAt: at('2014-06-17T08:00:00Z') });
      await subs.save(confirmed);
      expect(await subs.findByEmailAndTarget('reader@example.org', 'incident:inc-1')).toEqual(confirmed);
      expect(await subs.findByEmailAndTarget('reader@example.org', 'site')).toBeNull();
    });

    it('lists and counts confirmed followers of targets only', async () => {
      const subs = need(t().store, 'subscriptions');
      await subs.save(aSubscription({ status: 'confirmed' }));
      await subs.save(
        aSubscription({ id: 's2', email: 'b@example.org', status: 'confirmed', target: { kind: 'site' } }),
      );
      await subs.save(aSubscription({ id: 's3', email: 'c@example.org', status: 'paused' }));
      await subs.save(
        aSubscription({ id: 's4', email: 'd@example.org', target: { kind: 'tag', tag: 'iraq' } }),
      );
      expect((await subs.listConfirmedForTargets(['site', 'incident:inc-1'])).map((s) => s.id)).toEqual([
        's2',
        's1',
      ]);
      expect(await subs.listConfirmedForTargets([])).toEqual([]);
      expect(await subs.countConfirmedForTarget('incident:inc-1')).toBe(1);
      expect(await subs.countConfirmedForTarget('tag:iraq')).toBe(0);
    });

    it('accepts a sign-in token once', async () => {
      const used = need(t().store, 'usedTokens');
      const expires = new Date(Date.now() + 60_000);
      expect(await used.consume('tok-1', expires)).toBe(true);
      expect(await used.consume('tok-1', expires)).toBe(false);
      expect(await used.consume('tok-2', expires)).toBe(true);
    });

    it('keeps outbox mail and records attempts', async () => {
      const outbox = need(t().store, 'outbox');
      const mail: OutboxMail = {
        id: 'm1',
        subscriptionId: 's1',
        message: {
          messageId: '<m1@example.org>',
          from: { name: 'Site', address: 'site@example.org' },
          to: 'reader@example.org',
          subject: 'Confirm',
          text: 'Hello',
          html: '<p>Hello</p>',
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        },
        state: 'queued',
        attempts: 0,
        lastError: null,
        createdAt: at('2014-06-16T22:30:00Z'),
        sentAt: null,
      };
      await outbox.add(mail);
      expect(await outbox.get('m1')).toEqual(mail);
      const failed = await outbox.markAttempt('m1', {
        state: 'queued',
        error: '451 try later',
        at: new Date(),
      });
      expect([failed.attempts, failed.lastError, failed.sentAt]).toEqual([1, '451 try later', null]);
      const sentAt = at('2014-06-17T01:00:00Z');
      expect(await outbox.markAttempt('m1', { state: 'sent', error: null, at: sentAt })).toMatchObject({
        state: 'sent',
        attempts: 2,
        sentAt,
      });
      await expect(outbox.markAttempt('nope', { state: 'sent', error: null, at: sentAt })).rejects.toThrow(
        /not found|does not exist/,
      );
    });
  });
}
