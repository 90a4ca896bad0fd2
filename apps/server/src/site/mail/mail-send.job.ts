import type { Clock, IdGenerator, JobHandler, Store } from '@corroborate/core';
import { recordDeliveryFailure, recordDeliverySuccess, type Mailer } from '@corroborate/publish';
import { subscriptionDeps, type SiteMail } from './site-mail';

export interface MailSendDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  mail: SiteMail;
  /** null when no SMTP server is configured: mail stays in the outbox. */
  mailer: Mailer | null;
}

/**
 * The `mail.send` job: sends one outbox message. Bounce-safe: a paused or unsubscribed address gets
 * nothing more; a 5xx pauses the address at once (no retry); a 4xx or a relay fault throws, so the
 * queue retries with backoff, and the delivery policy pauses the address after too many.
 */
export const mailSendJob =
  (deps: MailSendDeps): JobHandler<'mail.send'> =>
  async ({ outboxId }) => {
    const outbox = deps.store.outbox;
    const mail = outbox ? await outbox.get(outboxId) : null;
    if (!outbox || !mail) return { outcome: 'skipped', reason: `no outbox mail ${outboxId}` };
    if (mail.state !== 'queued') return { outcome: 'skipped', reason: `mail ${outboxId} is ${mail.state}` };
    if (!deps.mailer) return { outcome: 'skipped', reason: 'no SMTP server configured' };
    const subs = subscriptionDeps(deps.store, deps.mail, deps.clock, deps.ids);
    const sub = mail.subscriptionId ? await subs.store.getById(mail.subscriptionId) : null;
    // The opt-in mail goes to pending addresses; everything else only to confirmed ones.
    if (sub && (sub.status === 'paused' || sub.status === 'unsubscribed')) {
      await outbox.markAttempt(outboxId, {
        state: 'failed',
        error: `address ${sub.status}`,
        at: deps.clock.now(),
      });
      return { outcome: 'skipped', reason: `subscription ${sub.id} is ${sub.status}` };
    }
    const result = await deps.mailer.send(mail.message);
    const now = deps.clock.now();
    if (result.ok) {
      await outbox.markAttempt(outboxId, { state: 'sent', error: null, at: now });
      if (sub) await recordDeliverySuccess(subs, sub.id);
      return { outcome: 'done' };
    }
    const action = sub ? await recordDeliveryFailure(subs, sub.id, result.failure) : null;
    const giveUp = result.failure.kind === 'permanent' || action?.action === 'pause';
    await outbox.markAttempt(outboxId, {
      state: giveUp ? 'failed' : 'queued',
      error: result.failure.message,
      at: now,
    });
    if (giveUp)
      return {
        outcome: 'skipped',
        reason: `delivery to ${mail.message.to} refused: ${result.failure.message}`,
      };
    throw new Error(
      `mail ${outboxId}: ${result.failure.kind} failure, will retry: ${result.failure.message}`,
    );
  };
