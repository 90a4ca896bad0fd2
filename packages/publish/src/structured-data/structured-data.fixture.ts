import type { ClaimReviewInput, PhotoAssessmentInput, PublisherInfo } from './structured-data.types';

/** Test inputs with overrides; the values are invented for the tests. */
export const testPublisher: PublisherInfo = {
  name: 'Corroborate Desk',
  url: 'https://corroborate.example/',
  logoUrl: 'https://corroborate.example/logo.png',
};

export function claimReviewInput(overrides: Partial<ClaimReviewInput> = {}): ClaimReviewInput {
  return {
    assessment: {
      id: 'asm_1',
      headline: 'Claim of 1,700 captives killed near Tikrit',
      claimReviewed: 'Militants say they executed 1,700 captured soldiers near Tikrit',
      grade: 'fair',
      publishedAt: new Date('2014-06-16T09:00:00Z'),
      updatedAt: new Date('2014-06-17T15:17:00Z'),
    },
    url: 'https://corroborate.example/assessments/tikrit-captives',
    claimant: { name: 'Militant media office', kind: 'organization', url: 'https://claimant.example/' },
    appearances: [
      { url: 'https://news.example/later', datePublished: '2014-06-15', headline: 'Later report' },
      { url: 'https://social.example/first', datePublished: new Date('2014-06-14T18:00:00+03:00') },
    ],
    publisher: testPublisher,
    ...overrides,
  };
}

export function photoAssessmentInput(overrides: Partial<PhotoAssessmentInput> = {}): PhotoAssessmentInput {
  return {
    id: 'pha_1',
    url: 'https://corroborate.example/photos/pha_1',
    headline: 'Photo shared as Tikrit is from 2013',
    verdict: 'decontextualized',
    originalMediaContextDescription: 'Taken in Aleppo in 2013, first posted by a local photographer.',
    originalMediaLink: 'https://photos.example/2013/aleppo',
    photo: {
      sha256: 'a'.repeat(64),
      contentUrl: 'https://corroborate.example/media/aaaa.jpg',
      encodingFormat: 'image/jpeg',
      width: 640,
      height: 480,
      sensitivity: 'none',
    },
    appearances: [{ url: 'https://social.example/p/9', datePublished: '2014-06-15T10:00:00Z' }],
    publishedAt: new Date('2014-06-18T08:00:00Z'),
    updatedAt: new Date('2014-06-18T08:00:00Z'),
    publisher: testPublisher,
    ...overrides,
  };
}
