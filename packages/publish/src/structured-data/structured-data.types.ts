import {
  MEDIA_AUTHENTICITY_VERDICTS,
  type Assessment,
  type MediaAuthenticity,
  type Sensitivity,
} from '@corroborate/core';

/** The organisation that publishes assessments (author of every review). */
export interface PublisherInfo {
  name: string;
  url: string;
  logoUrl?: string;
}

/** Who made the claim under review. */
export interface Claimant {
  name: string;
  kind: 'organization' | 'person';
  url?: string;
}

/** A place where the claim (or the photo) was published. */
export interface Appearance {
  url: string;
  /** A Date, or an ISO 8601 date ("2014-06-12") or date-time string. */
  datePublished: Date | string;
  headline?: string;
  publisherName?: string;
}

/** What claimReviewJsonLd needs: a published, graded assessment and where its claim appeared. */
export interface ClaimReviewInput {
  assessment: Pick<Assessment, 'id' | 'headline' | 'claimReviewed' | 'grade' | 'publishedAt' | 'updatedAt'>;
  /** The assessment's public page. */
  url: string;
  claimant: Claimant;
  /** Where the claim appeared; the earliest becomes firstAppearance. */
  appearances: Appearance[];
  publisher: PublisherInfo;
  inLanguage?: string;
}

/** Our reading of a photo, in the words of schema.org's MediaManipulationRatingEnumeration (one list,
 *  kept in core with the published verdicts). */
export const MEDIA_VERDICTS = MEDIA_AUTHENTICITY_VERDICTS;
export type MediaVerdict = MediaAuthenticity;

/** What mediaReviewJsonLd needs: one photo, our verdict on it and where it circulated. */
export interface PhotoAssessmentInput {
  id: string;
  /** The review's public page. */
  url: string;
  headline: string;
  verdict: MediaVerdict;
  /** Where and when the photo really comes from, in a sentence or two. */
  originalMediaContextDescription: string;
  /** The earliest known publication of the photo, when found. */
  originalMediaLink?: string;
  photo: {
    sha256: string;
    /** Our preserved copy; left out of the markup when the photo is sensitive. */
    contentUrl: string | null;
    encodingFormat?: string;
    width?: number | null;
    height?: number | null;
    sensitivity: Sensitivity;
  };
  /** Where the photo was (re)posted with the context under review. */
  appearances: Appearance[];
  publishedAt: Date;
  updatedAt: Date;
  publisher: PublisherInfo;
}
