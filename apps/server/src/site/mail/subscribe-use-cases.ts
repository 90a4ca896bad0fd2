import {
  DomainError,
  type AssessmentUpdate,
  type Clock,
  type IdGenerator,
  type PublishedAssessment,
  type Store,
} from '@corroborate/core';
import {
  confirmationMessage,
  followedLabel,
  manageTokenFor,
  recipientsForUpdate,
  requestSubscription,
  updateNoticeMessage,
  type Cadence,
  type FollowTarget,
} from '@corroborate/publish';
import { queueMail, subscriptionDeps, type SiteMail } from './site-mail';

export interface SubscribeDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  mail: SiteMail;
}

/** "site", "tag:iraq" or "incident:inc_…" from the subscribe form. */
export const parseTarget = (raw: string): FollowTarget => {
  if (raw === 'site') return { kind: 'site' };
  const [kind, value] = [raw.slice(0, raw.indexOf(':')), raw.slice(raw.indexOf(':') + 1)];
  if (kind === 'tag' && value) return { kind: 'tag', tag: value };
  if (kind === 'incident' && value) return { kind: 'incident', incidentId: value };
  throw new DomainError('validation_failed', `follow target ${raw} is not site, tag:… or incident:…`);
};

/**
 * Double opt-in, step one: records the pending subscription and queues the confirmation mail in
 * the same transaction. Says nothing about whether the address already followed (no mail then).
 */
export const subscribe = (
  deps: SubscribeDeps,
  input: { email: string; target: FollowTarget; cadence: Cadence; title?: string },
): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const subs = subscriptionDeps(tx, deps.mail, deps.clock, deps.ids);
    const r = await requestSubscription(subs, {
      email: input.email,
      target: input.target,
      cadence: input.cadence,
    });
    if (!r.needsConfirmation || r.confirmToken === null || r.confirmExpiresAt === null) return;
    const message = confirmationMessage(deps.mail.site, {
      to: r.subscription.email,
      subscriptionId: r.subscription.id,
      followed: followedLabel(r.subscription.target, input.title),
      confirmToken: r.confirmToken,
      manageToken: r.manageToken,
      expiresAt: r.confirmExpiresAt,
    });
    await queueMail(tx, deps, message, r.subscription.id);
  });

/** Fans an update out: one notice per follower who asked for immediate mail; returns how many. */
export const notifyFollowers = (
  deps: SubscribeDeps,
  assessment: PublishedAssessment,
  update: AssessmentUpdate,
  pageUrl: string,
): Promise<number> =>
  deps.store.transaction(async (tx) => {
    const subs = subscriptionDeps(tx, deps.mail, deps.clock, deps.ids);
    const incidentId = assessment.incidentIds[0];
    const recipients = await recipientsForUpdate(subs, {
      ...(incidentId ? { incidentId } : {}),
      tags: assessment.tags,
    });
    let queued = 0;
    // Digest subscribers get these through the `mail.digest` job instead.
    for (const { subscription, cadence } of recipients) {
      if (cadence !== 'immediate') continue;
      const message = updateNoticeMessage(deps.mail.site, {
        to: subscription.email,
        subscriptionId: subscription.id,
        followed: followedLabel(subscription.target, assessment.headline),
        manageToken: manageTokenFor(subs, subscription),
        update: {
          id: update.id,
          title: assessment.headline,
          summary: update.summary,
          url: pageUrl,
          at: update.at,
          isCorrection: update.isCorrection,
        },
      });
      await queueMail(tx, deps, message, subscription.id);
      queued += 1;
    }
    return queued;
  });
