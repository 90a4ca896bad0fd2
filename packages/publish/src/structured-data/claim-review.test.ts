import { describe, expect, it } from 'vitest';
import { GRADES, isDomainError } from '@corroborate/core';
import { claimReviewJsonLd as sut } from './claim-review';
import { claimReviewInput } from './structured-data.fixture';
import { validateStructuredData } from './structured-data-validator';

describe('claimReviewJsonLd', () => {
  it('builds a ClaimReview that passes the required and recommended property table', () => {
    expect(validateStructuredData(sut(claimReviewInput()))).toEqual({ errors: [], warnings: [] });
  });

  it('rates the grade 1–5 and names it in words', () => {
    const ratings = GRADES.map((grade) => {
      const input = claimReviewInput();
      const { reviewRating } = sut({ ...input, assessment: { ...input.assessment, grade } }) as unknown as {
        reviewRating: { ratingValue: number; alternateName: string; bestRating: number; worstRating: number };
      };
      return [
        reviewRating.ratingValue,
        reviewRating.alternateName,
        reviewRating.worstRating,
        reviewRating.bestRating,
      ];
    });
    expect(ratings).toEqual([
      [5, 'Confirmed', 1, 5],
      [4, 'Fair', 1, 5],
      [3, 'Weak', 1, 5],
      [2, 'Contested', 1, 5],
      [1, 'Discounted', 1, 5],
    ]);
  });

  it('names the claimant as author of the claim and the earliest appearance as first', () => {
    const review = sut(
      claimReviewInput({ claimant: { name: 'A. Spokesman', kind: 'person' } }),
    ) as unknown as {
      itemReviewed: {
        author: { '@type': string; name: string };
        firstAppearance: { url: string; datePublished: string };
        appearance: { url: string }[];
      };
    };
    expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'A. Spokesman' });
    expect(review.itemReviewed.firstAppearance).toMatchObject({
      url: 'https://social.example/first',
      datePublished: '2014-06-14T15:00:00.000Z',
    });
    expect(review.itemReviewed.appearance.map((a) => a.url)).toEqual([
      'https://social.example/first',
      'https://news.example/later',
    ]);
  });

  it('writes dates in UTC whatever the process time zone', () => {
    const review = sut(claimReviewInput()) as unknown as { datePublished: string; dateModified: string };
    expect([review.datePublished, review.dateModified]).toEqual([
      '2014-06-16T09:00:00.000Z',
      '2014-06-17T15:17:00.000Z',
    ]);
  });

  it('refuses an ungraded, unpublished assessment with a bad URL, listing every issue', () => {
    const input = claimReviewInput({ url: 'javascript:alert(1)' });
    let caught: unknown;
    try {
      sut({ ...input, assessment: { ...input.assessment, grade: null, publishedAt: null } });
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught) && caught.code).toBe('validation_failed');
    expect(isDomainError(caught) && caught.issues?.map((i) => i.path.join('.'))).toEqual([
      'assessment.grade',
      'url',
      'assessment.publishedAt',
    ]);
  });
});
