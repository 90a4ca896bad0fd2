import { DomainError } from '@corroborate/core';
import type { ClaimReview, CreativeWork, WithContext } from 'schema-dts';
import { GRADE_RATINGS } from './grade-rating';
import { InputIssues, claimantNode, organization } from './json-ld-values';
import type { Appearance, ClaimReviewInput } from './structured-data.types';

/**
 * schema.org ClaimReview for a published assessment, in the shape Google's fact-check markup
 * documents: the claim with its claimant and appearances, a 1–5 rating named by our grade, the
 * publisher as author. Throws validation_failed (with issues) for an unpublished or ungraded
 * assessment or bad URLs/dates.
 */
export function claimReviewJsonLd(input: ClaimReviewInput): WithContext<ClaimReview> {
  const { assessment } = input;
  const issues = new InputIssues();
  if (assessment.grade === null)
    issues.list.push({ path: ['assessment', 'grade'], message: 'is not graded yet' });
  const rating = assessment.grade === null ? null : GRADE_RATINGS[assessment.grade];
  const appearances = sortedByDate(input.appearances).map((a, i) => creativeWork(a, issues, i));
  const review: WithContext<ClaimReview> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: issues.url(input.url, ['url']),
    name: issues.text(assessment.headline, ['assessment', 'headline']),
    claimReviewed: issues.text(assessment.claimReviewed, ['assessment', 'claimReviewed']),
    datePublished: issues.date(assessment.publishedAt, ['assessment', 'publishedAt']),
    dateModified: issues.date(assessment.updatedAt, ['assessment', 'updatedAt']),
    author: organization(input.publisher, issues),
    ...(input.inLanguage ? { inLanguage: input.inLanguage } : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating?.value ?? 0,
      bestRating: 5,
      worstRating: 1,
      alternateName: rating?.words ?? '',
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimantNode(input.claimant, issues),
      ...(appearances.length > 0
        ? {
            appearance: appearances,
            firstAppearance: appearances[0],
            datePublished: appearances[0]?.datePublished,
          }
        : {}),
    },
  };
  if (issues.list.length > 0) {
    throw new DomainError(
      'validation_failed',
      `assessment ${assessment.id} cannot be published as a ClaimReview: ${issues.list.map(describe).join('; ')}`,
      issues.list,
    );
  }
  return review;
}

/** Appearances oldest first; undated strings sort as given. */
export function sortedByDate(appearances: Appearance[]): Appearance[] {
  const time = (a: Appearance): number => new Date(a.datePublished).getTime() || 0;
  return [...appearances].sort((a, b) => time(a) - time(b));
}

function creativeWork(
  appearance: Appearance,
  issues: InputIssues,
  index: number,
): CreativeWork & { datePublished: string } {
  const path = ['appearances', index];
  return {
    '@type': 'CreativeWork',
    url: issues.url(appearance.url, [...path, 'url']),
    datePublished: issues.date(appearance.datePublished, [...path, 'datePublished']),
    ...(appearance.headline ? { headline: issues.text(appearance.headline, [...path, 'headline']) } : {}),
    ...(appearance.publisherName
      ? {
          publisher: {
            '@type': 'Organization',
            name: issues.text(appearance.publisherName, [...path, 'publisherName']),
          },
        }
      : {}),
  };
}

const describe = (issue: { path: (string | number)[]; message: string }): string =>
  `${issue.path.join('.')} ${issue.message}`;
