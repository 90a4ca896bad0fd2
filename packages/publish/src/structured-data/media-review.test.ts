import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { mediaReviewJsonLd as sut } from './media-review';
import { photoAssessmentInput } from './structured-data.fixture';
import { validateStructuredData } from './structured-data-validator';

interface Appearance {
  contentUrl?: string;
  sha256: string;
  url?: string;
  uploadDate?: string;
  identifier: { propertyID: string; value: string };
}
const appearances = (review: unknown): Appearance[] =>
  (review as { itemReviewed: { mediaItemAppearance: Appearance[] } }).itemReviewed.mediaItemAppearance;

describe('mediaReviewJsonLd', () => {
  it('builds a MediaReview that passes the property table', () => {
    expect(validateStructuredData(sut(photoAssessmentInput()))).toEqual({ errors: [], warnings: [] });
  });

  it('states the verdict in schema.org words', () => {
    const review = sut(photoAssessmentInput({ verdict: 'edited' })) as unknown as Record<string, unknown>;
    expect(review.mediaAuthenticityCategory).toBe('https://schema.org/EditedOrCroppedContent');
    expect(review.originalMediaLink).toBe('https://photos.example/2013/aleppo');
  });

  it('identifies the photo by SHA-256 and lists where it appeared', () => {
    const [preserved, seen] = appearances(sut(photoAssessmentInput()));
    expect(preserved).toMatchObject({
      contentUrl: 'https://corroborate.example/media/aaaa.jpg',
      sha256: 'a'.repeat(64),
      identifier: { propertyID: 'sha256', value: 'a'.repeat(64) },
    });
    expect(seen).toMatchObject({ url: 'https://social.example/p/9', uploadDate: '2014-06-15T10:00:00Z' });
  });

  it('leaves out the content URL of a graphic photo', () => {
    const input = photoAssessmentInput();
    const [preserved] = appearances(sut({ ...input, photo: { ...input.photo, sensitivity: 'dead_bodies' } }));
    expect(preserved?.contentUrl).toBeUndefined();
    expect(preserved?.sha256).toBe('a'.repeat(64));
  });

  it('refuses a malformed hash', () => {
    const input = photoAssessmentInput();
    expect(() => sut({ ...input, photo: { ...input.photo, sha256: 'xyz' } })).toThrow(/photo.sha256/);
    try {
      sut({ ...input, photo: { ...input.photo, sha256: 'xyz' } });
    } catch (err) {
      expect(isDomainError(err) && err.code).toBe('validation_failed');
    }
  });
});
