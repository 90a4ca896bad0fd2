import { DomainError } from '@corroborate/core';
import type { ImageObject, MediaManipulationRatingEnumeration, MediaReview, WithContext } from 'schema-dts';
import { sortedByDate } from './claim-review';
import { InputIssues, organization } from './json-ld-values';
import type { MediaVerdict, PhotoAssessmentInput } from './structured-data.types';

/** Our verdicts in schema.org's words. */
export const MEDIA_AUTHENTICITY: Readonly<Record<MediaVerdict, MediaManipulationRatingEnumeration>> = {
  original: 'https://schema.org/OriginalMediaContent',
  decontextualized: 'https://schema.org/DecontextualizedContent',
  edited: 'https://schema.org/EditedOrCroppedContent',
  transformed: 'https://schema.org/TransformedContent',
  staged: 'https://schema.org/StagedContent',
  satire: 'https://schema.org/SatireOrParodyContent',
};

/**
 * schema.org MediaReview of one photo: the verdict (mediaAuthenticityCategory), where it really
 * comes from, and a MediaReviewItem whose ImageObjects carry the photo's SHA-256 (as `sha256` and
 * as a PropertyValue identifier). A sensitive photo is identified by hash only: its contentUrl is
 * left out, so no search engine shows it to someone who did not choose to see it.
 */
export function mediaReviewJsonLd(input: PhotoAssessmentInput): WithContext<MediaReview> {
  const issues = new InputIssues();
  const sha256 = input.photo.sha256.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sha256))
    issues.list.push({ path: ['photo', 'sha256'], message: 'is not 64 hex digits' });
  const identifier = { '@type': 'PropertyValue', propertyID: 'sha256', value: sha256 } as const;
  const preserved: ImageObject = {
    '@type': 'ImageObject',
    sha256,
    identifier,
    ...(input.photo.contentUrl && input.photo.sensitivity === 'none'
      ? { contentUrl: issues.url(input.photo.contentUrl, ['photo', 'contentUrl']) }
      : {}),
    ...(input.photo.encodingFormat ? { encodingFormat: input.photo.encodingFormat } : {}),
    ...(input.photo.width ? { width: `${input.photo.width}` } : {}),
    ...(input.photo.height ? { height: `${input.photo.height}` } : {}),
  };
  const seen = sortedByDate(input.appearances).map((a, i): ImageObject => ({
    '@type': 'ImageObject',
    sha256,
    identifier,
    url: issues.url(a.url, ['appearances', i, 'url']),
    uploadDate: issues.date(a.datePublished, ['appearances', i, 'datePublished']),
  }));
  const review: WithContext<MediaReview> = {
    '@context': 'https://schema.org',
    '@type': 'MediaReview',
    url: issues.url(input.url, ['url']),
    name: issues.text(input.headline, ['headline']),
    datePublished: issues.date(input.publishedAt, ['publishedAt']),
    dateModified: issues.date(input.updatedAt, ['updatedAt']),
    author: organization(input.publisher, issues),
    mediaAuthenticityCategory: MEDIA_AUTHENTICITY[input.verdict],
    originalMediaContextDescription: issues.text(input.originalMediaContextDescription, [
      'originalMediaContextDescription',
    ]),
    ...(input.originalMediaLink
      ? { originalMediaLink: issues.url(input.originalMediaLink, ['originalMediaLink']) }
      : {}),
    itemReviewed: { '@type': 'MediaReviewItem', mediaItemAppearance: [preserved, ...seen] },
  };
  if (issues.list.length > 0) {
    const detail = issues.list.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new DomainError('validation_failed', `photo review ${input.id} is invalid: ${detail}`, issues.list);
  }
  return review;
}
