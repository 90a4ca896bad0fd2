import type { Clock, IdGenerator, Repositories } from '@corroborate/core';
import type { MailSite, OutgoingMail, SubscriptionDeps, TokenSigner } from '@corroborate/publish';
import { DomainError } from '@corroborate/core';

/** The site's mail identity and token signer, shared by subscription routes and the mail job. */
export interface SiteMail {
  site: MailSite;
  signer: TokenSigner;
}

const need = <T>(repo: T | undefined, what: string): T => {
  if (repo === undefined) throw new DomainError('internal', `this store has no ${what} tables`);
  return repo;
};

/** The subscription use cases' deps over a store (or one transaction's repositories). */
export const subscriptionDeps = (
  repos: Repositories,
  mail: SiteMail,
  clock: Clock,
  ids: IdGenerator,
): SubscriptionDeps => ({
  store: need(repos.subscriptions, 'subscription'),
  signer: mail.signer,
  clock,
  ids: { next: (prefix) => ids.next(prefix) },
});

/** Puts a message in the outbox and queues its `mail.send` job, in the caller's transaction. */
export const queueMail = async (
  repos: Repositories,
  deps: { clock: Clock; ids: IdGenerator },
  message: OutgoingMail,
  subscriptionId: string | null,
): Promise<string> => {
  const id = deps.ids.next('mail');
  await need(repos.outbox, 'mail outbox').add({
    id,
    subscriptionId,
    message,
    state: 'queued',
    attempts: 0,
    lastError: null,
    createdAt: deps.clock.now(),
    sentAt: null,
  });
  await repos.jobs.enqueue('mail.send', { outboxId: id }, { dedupeKey: `mail:${id}` });
  return id;
};
