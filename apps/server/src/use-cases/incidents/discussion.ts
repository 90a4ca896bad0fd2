import {
  INCIDENT_ENTITY,
  activityFeed,
  prepareComment,
  type Actor,
  type Comment,
  type FeedItem,
  type Repositories,
  type UserAccount,
} from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import { requireIncident } from './load-incident';

/** A comment with the accounts its @mentions name (unknown names are kept in the text only). */
export interface PostedComment {
  comment: Comment;
  mentioned: Pick<UserAccount, 'id' | 'username' | 'displayName'>[];
}

/** Any signed-in role may comment, sealed incidents too (core rule); audited under the incident. */
export const postComment = (
  deps: UseCaseDeps,
  incidentId: string,
  body: string,
  actor: Actor,
): Promise<PostedComment> =>
  deps.store.transaction(async (tx) => {
    await requireIncident(tx, incidentId, { live: true });
    const prepared = prepareComment(incidentId, actor, body, deps.ids.next('cmt'));
    const users = await tx.users.findByUsernames(prepared.comment.mentions);
    const known = new Set(users.map((u) => u.username.toLowerCase()));
    const mentions = prepared.comment.mentions.filter((m) => known.has(m));
    const comment = await tx.comments.add({ ...prepared.comment, mentions });
    await tx.audit.append({ ...prepared.audit, after: { ...(prepared.audit.after as object), mentions } });
    return {
      comment,
      mentioned: users.map((u) => ({ id: u.id, username: u.username, displayName: u.displayName })),
    };
  });

export const listComments = async (repos: Repositories, incidentId: string): Promise<Comment[]> => {
  await requireIncident(repos, incidentId);
  return repos.comments.listByIncident(incidentId);
};

/** The incident's activity, newest first, read from its audit entries. */
export const incidentActivity = async (
  repos: Repositories,
  incidentId: string,
  limit: number,
): Promise<FeedItem[]> => {
  await requireIncident(repos, incidentId);
  const events = [];
  let afterSeq = 0;
  // Read every entry (an incident has hundreds at most), then keep the newest `limit`.
  for (;;) {
    const page = await repos.audit.listByEntity({
      entityType: INCIDENT_ENTITY,
      entityId: incidentId,
      afterSeq,
      limit: 1000,
    });
    events.push(...page);
    const last = page.at(-1);
    if (!last || page.length < 1000) break;
    afterSeq = last.seq;
  }
  return activityFeed(events).slice(0, limit);
};
