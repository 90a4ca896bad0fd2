/** A value kind the validator can check. `@Type` names another row of the table. */
export type ValueKind = 'text' | 'url' | 'date' | 'number' | `@${string}` | `enum:${string}`;

export interface TypeRequirements {
  required: Readonly<Record<string, readonly ValueKind[]>>;
  recommended: Readonly<Record<string, readonly ValueKind[]>>;
}

const PARTY: readonly ValueKind[] = ['@Organization', '@Person'];
const MANIPULATION = [
  'OriginalMediaContent',
  'DecontextualizedContent',
  'EditedOrCroppedContent',
  'TransformedContent',
  'StagedContent',
  'SatireOrParodyContent',
].map((name): ValueKind => `enum:https://schema.org/${name}`);

/**
 * Required and recommended properties per type, written by hand from schema.org and Google's
 * fact-check (ClaimReview) and MediaReview documentation. Small on purpose: it covers what we emit.
 */
export const SCHEMA_REQUIREMENTS: Readonly<Record<string, TypeRequirements>> = {
  ClaimReview: {
    required: { claimReviewed: ['text'], reviewRating: ['@Rating'], url: ['url'] },
    recommended: { author: PARTY, itemReviewed: ['@Claim'], datePublished: ['date'] },
  },
  Rating: {
    required: { alternateName: ['text'] },
    recommended: { ratingValue: ['number'], bestRating: ['number'], worstRating: ['number'] },
  },
  Claim: {
    required: {},
    recommended: {
      author: PARTY,
      appearance: ['@CreativeWork'],
      firstAppearance: ['@CreativeWork'],
      datePublished: ['date'],
    },
  },
  CreativeWork: { required: { url: ['url'] }, recommended: { datePublished: ['date'] } },
  MediaReview: {
    required: {
      author: PARTY,
      mediaAuthenticityCategory: MANIPULATION,
      itemReviewed: ['@MediaReviewItem'],
      url: ['url'],
    },
    recommended: { originalMediaContextDescription: ['text'], datePublished: ['date'] },
  },
  MediaReviewItem: { required: { mediaItemAppearance: ['@ImageObject'] }, recommended: {} },
  ImageObject: {
    required: { sha256: ['text'] },
    recommended: { identifier: ['@PropertyValue'] },
  },
  PropertyValue: { required: { propertyID: ['text'], value: ['text'] }, recommended: {} },
  Organization: { required: { name: ['text'] }, recommended: { url: ['url'] } },
  Person: { required: { name: ['text'] }, recommended: {} },
};
