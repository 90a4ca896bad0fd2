import { DomainError, notFound, type MediaAuthenticity, type PublishedMediaReview } from '@corroborate/core';
import { httpUrlOrNull, sanitizeText } from '@corroborate/publish';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { siteRepo } from './site-repo';

export interface MediaReviewInput {
  authenticity: MediaAuthenticity;
  context: string;
  originalLink?: string;
}

/**
 * Records an editor's verdict on a photo shown as evidence on a published assessment; the page then
 * carries a schema.org MediaReview for it. Only images linked to the assessment's incident qualify.
 */
export const setMediaReview = (
  deps: UseCaseDeps,
  assessmentId: string,
  mediaId: string,
  input: MediaReviewInput,
): Promise<PublishedMediaReview> =>
  deps.store.transaction(async (tx) => {
    const site = siteRepo(tx);
    const assessment = await site.assessmentById(assessmentId);
    if (!assessment) throw notFound('assessment', assessmentId);
    const linked = [];
    for (const incidentId of assessment.incidentIds)
      linked.push(...(await tx.mediaLinks.listByIncident(incidentId)));
    const item = linked.some((l) => l.mediaId === mediaId) ? await tx.media.get(mediaId) : null;
    if (!item) throw notFound('evidence media of this assessment', mediaId);
    if (!item.mimeType.startsWith('image/'))
      throw new DomainError('validation_failed', `media ${mediaId} is ${item.mimeType}, not a photo`);
    const context = sanitizeText(input.context, { maxLength: 1000 });
    if (context === '') throw new DomainError('validation_failed', 'media review context is empty');
    const originalLink = input.originalLink ? httpUrlOrNull(input.originalLink) : null;
    if (input.originalLink && originalLink === null)
      throw new DomainError('validation_failed', `original link ${input.originalLink} is not an http(s) URL`);
    const review = await site.saveMediaReview({
      assessmentId,
      mediaId,
      authenticity: input.authenticity,
      context,
      originalLink,
      reviewedAt: deps.clock.now(),
    });
    // The page's dateModified moves with the verdict.
    await site.updateAssessment({ ...assessment, updatedAt: review.reviewedAt });
    return review;
  });
