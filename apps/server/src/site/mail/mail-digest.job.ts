import type {
  AssessmentUpdate,
  FollowTargetRecord,
  JobHandler,
  PublishedAssessment,
  Repositories,
} from '@corroborate/core';
import { digestMessage, followedLabel, manageTokenFor, type UpdateNotice } from '@corroborate/publish';
import { queueMail, subscriptionDeps } from './site-mail';
import type { SubscribeDeps } from './subscribe-use-cases';

const follows = (target: FollowTargetRecord, a: PublishedAssessment): boolean =>
  target.kind === 'site' ||
  (target.kind === 'tag' && a.tags.includes(target.tag)) ||
  (target.kind === 'incident' && a.incidentIds.includes(target.incidentId));

interface UpdateOf {
  update: AssessmentUpdate;
  assessment: PublishedAssessment;
}

const updatesWithAssessments = async (tx: Repositories, after: Date, until: Date): Promise<UpdateOf[]> => {
  if (!tx.site) return [];
  const updates = await tx.site.listUpdatesBetween(after, until);
  const byId = new Map<string, PublishedAssessment | null>();
  const out: UpdateOf[] = [];
  for (const update of updates) {
    if (!byId.has(update.assessmentId))
      byId.set(update.assessmentId, await tx.site.assessmentById(update.assessmentId));
    const assessment = byId.get(update.assessmentId);
    if (assessment) out.push({ update, assessment });
  }
  return out;
};

/**
 * Queues one digest per digest subscriber holding the updates they follow since their last digest,
 * and moves their cursor in the same transaction: a second run finds nothing new and sends nothing.
 * Returns how many digests were queued.
 */
export const queueDigests = (deps: SubscribeDeps): Promise<number> =>
  deps.store.transaction(async (tx) => {
    const repo = tx.subscriptions;
    if (!repo) return 0;
    const until = deps.clock.now();
    const due = await repo.listDigestDue();
    if (due.length === 0) return 0;
    const earliest = new Date(Math.min(...due.map((d) => d.since.getTime())));
    const all = await updatesWithAssessments(tx, earliest, until);
    const subs = subscriptionDeps(tx, deps.mail, deps.clock, deps.ids);
    let queued = 0;
    for (const { subscription, since } of due) {
      const mine = all.filter(
        (u) => u.update.at.getTime() > since.getTime() && follows(subscription.target, u.assessment),
      );
      if (mine.length === 0) continue;
      const updates: UpdateNotice[] = mine.map(({ update, assessment }) => ({
        id: update.id,
        title: assessment.headline,
        summary: update.summary,
        url: `${deps.mail.site.baseUrl}/a/${assessment.slug}`,
        at: update.at,
        isCorrection: update.isCorrection,
      }));
      const message = digestMessage(deps.mail.site, {
        to: subscription.email,
        subscriptionId: subscription.id,
        followed: followedLabel(subscription.target, mine[0]?.assessment.headline),
        manageToken: manageTokenFor(subs, subscription),
        periodStart: since,
        periodEnd: until,
        updates,
      });
      await queueMail(tx, deps, message, subscription.id);
      await repo.markDigestSent(subscription.id, until);
      queued += 1;
    }
    return queued;
  });

/** The `mail.digest` job: queues the due digests; the `mail.send` jobs deliver them. */
export const mailDigestJob =
  (deps: SubscribeDeps): JobHandler<'mail.digest'> =>
  async ({ period }) => {
    const queued = await queueDigests(deps);
    return queued > 0
      ? { outcome: 'done' }
      : { outcome: 'skipped', reason: `no digest due for period ${period}` };
  };
