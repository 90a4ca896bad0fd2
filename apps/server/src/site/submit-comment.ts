import { DomainError, notFound, type PublicComment } from '@corroborate/core';
import { httpUrlOrNull, renderCommentMarkdown, sanitizeText } from '@corroborate/publish';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { siteRepo } from './site-repo';

export interface CommentInput {
  slug: string;
  name: string;
  body: string;
  evidenceUrl?: string;
  /** The hidden field people never see; bots fill it. */
  honeypot?: string;
  /** A reader id or a hash of the client address: for the rate limit and bans, never shown. */
  authorKey: string;
  /** A signed-in reader's avatar from their provider. */
  avatarUrl?: string | null;
}

const HOUR_MS = 3_600_000;

/**
 * Stores a reader's comment: pending (pre-moderation, the default) or approved (post-moderation).
 * A filled honeypot lands as spam without telling the bot. Evidence becomes a new document in the
 * investigators' inbox, never part of the public page.
 */
export const submitComment = (
  deps: UseCaseDeps,
  input: CommentInput,
  limits: { perHour: number },
): Promise<PublicComment> =>
  deps.store.transaction(async (tx) => {
    const site = siteRepo(tx);
    const assessment = await site.assessmentBySlug(input.slug);
    if (!assessment?.publishedAt) throw notFound('assessment', input.slug);
    if (await site.isBanned(input.authorKey))
      throw new DomainError('forbidden', 'comments from this reader are blocked');
    const now = deps.clock.now();
    if ((await site.countCommentsSince(input.authorKey, new Date(now.getTime() - HOUR_MS))) >= limits.perHour)
      throw new DomainError('rate_limited', `at most ${limits.perHour} comments an hour: try again later`);
    const authorName = sanitizeText(input.name, { maxLength: 80 });
    if (authorName === '') throw new DomainError('validation_failed', 'comment name is empty');
    if (input.body.trim() === '') throw new DomainError('validation_failed', 'comment body is empty');
    renderCommentMarkdown(input.body); // refuses an oversized body before it is stored
    const rawEvidence = input.evidenceUrl?.trim() ?? '';
    const evidenceUrl = rawEvidence === '' ? null : httpUrlOrNull(rawEvidence);
    if (rawEvidence !== '' && evidenceUrl === null)
      throw new DomainError('validation_failed', `evidence link ${rawEvidence} is not an http(s) URL`);
    const spam = (input.honeypot ?? '') !== '';
    const comment = await site.addComment({
      id: deps.ids.next('pcm'),
      assessmentId: assessment.id,
      authorName,
      authorAvatarUrl: httpUrlOrNull(input.avatarUrl ?? null),
      authorKey: input.authorKey,
      body: input.body,
      evidenceUrl,
      status: spam ? 'spam' : assessment.moderation === 'post' ? 'approved' : 'pending',
      createdAt: now,
    });
    if (evidenceUrl !== null && !spam) {
      const text = `Evidence sent by a reader for assessment ${assessment.slug} (incident ${assessment.incidentIds.join(', ')}).\nLink: ${evidenceUrl}\n\n${input.body}`;
      await tx.documents.insertOrGetBySha({
        kind: 'other',
        url: evidenceUrl,
        fileName: null,
        title: `Reader evidence: ${assessment.headline}`,
        byline: authorName,
        publishedAt: null,
        retrievedAt: now,
        language: null,
        text,
        sha256: deps.hasher.sha256(text),
        sourceId: null,
        status: 'new',
        ingestNotes: [
          `suggested for incident ${assessment.incidentIds[0] ?? ''} by reader comment ${comment.id}`,
        ],
      });
    }
    return comment;
  });

export const MODERATION_ACTIONS = ['approve', 'reject', 'spam', 'ban'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Approve, reject, mark as spam, or ban the author (the comment is then marked spam too). */
export const moderateComment = (
  deps: UseCaseDeps,
  commentId: string,
  action: ModerationAction,
): Promise<PublicComment> =>
  deps.store.transaction(async (tx) => {
    const site = siteRepo(tx);
    const comment = await site.getComment(commentId);
    if (!comment) throw notFound('comment', commentId);
    if (action === 'ban') {
      await site.banAuthor(comment.authorKey, `comment ${comment.id}`, deps.clock.now());
      return site.setCommentStatus(commentId, 'spam');
    }
    return site.setCommentStatus(
      commentId,
      action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'spam',
    );
  });
