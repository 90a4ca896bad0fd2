import type { NewAuditEvent } from '../domain/audit-event';
import { parseMentions, type Comment } from '../domain/comment';
import { DomainError } from '../domain/errors';
import type { Actor } from './actor';
import { INCIDENT_ACTIONS, incidentAudit } from './incident-actions';

/** Longest comment accepted, in characters. */
export const MAX_COMMENT_LENGTH = 10_000;

export type NewComment = Omit<Comment, 'id' | 'createdAt'>;

/**
 * Validates a comment and extracts its @mentions. Any signed-in role may comment, sealed incidents too:
 * discussion is not a change to the record. The audit entry is logged under the incident, so the feed shows it.
 * @throws DomainError('validation_failed') for an empty or over-long body.
 */
export const prepareComment = (
  incidentId: string,
  author: Actor,
  body: string,
  commentId: string,
): { comment: NewComment & { id: string }; audit: NewAuditEvent } => {
  const text = body.trim();
  if (text === '' || text.length > MAX_COMMENT_LENGTH)
    throw new DomainError(
      'validation_failed',
      `comment on incident ${incidentId}: body must be 1–10000 characters`,
      [
        {
          path: ['body'],
          message: text === '' ? 'required' : `longer than ${MAX_COMMENT_LENGTH} characters`,
        },
      ],
    );
  const comment = {
    id: commentId,
    incidentId,
    authorId: author.id,
    body: text,
    mentions: parseMentions(text),
  };
  return {
    comment,
    audit: incidentAudit(incidentId, INCIDENT_ACTIONS.comment, author, null, {
      commentId,
      body: text,
      mentions: comment.mentions,
    }),
  };
};
