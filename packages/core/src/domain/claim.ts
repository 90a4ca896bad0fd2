/** What happened to the people a claim counts. */
export const CLAIM_EVENTS = ['killed', 'injured', 'displaced', 'captured', 'missing', 'executed'] as const;
export type ClaimEvent = (typeof CLAIM_EVENTS)[number];

/** How the text presents the figure. Conditional statements are never counted. */
export const CLAIM_STANCES = [
  'asserted',
  'claimed',
  'alleged',
  'unverified',
  'denied',
  'conditional',
  'quoted',
] as const;
export type ClaimStance = (typeof CLAIM_STANCES)[number];

export const VICTIM_TYPES = [
  'civilians',
  'combatants',
  'security_forces',
  'children',
  'women',
  'journalists',
  'aid_workers',
  'prisoners',
  'people',
] as const;
export type VictimType = (typeof VICTIM_TYPES)[number];

/** Character offsets into the document text, end exclusive: text.slice(start, end). */
export type Span = [start: number, end: number];

export interface ClaimCount {
  min: number;
  /** null when open-ended ("more than 30"). */
  max: number | null;
  approx: boolean;
  /** The original words ("more than 30", "1,700", "dozens"). */
  text: string;
}

export interface ClaimPlace {
  name: string;
  span: Span | null;
  geonameId: number | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  kind: string | null;
}

export interface ClaimDate {
  text: string;
  span: Span | null;
  /** A single day, YYYY-MM-DD. */
  value?: string;
  /** A period, YYYY-MM-DD each. */
  from?: string;
  to?: string;
}

/** A statement that some number of people were killed, injured, … as extracted from one text. */
export interface ClaimFacts {
  event: ClaimEvent;
  count: ClaimCount;
  victims: { text: string; type: VictimType } | null;
  perpetrator: string | null;
  claimant: string | null;
  stance: ClaimStance;
  place: ClaimPlace | null;
  date: ClaimDate | null;
  span: Span;
}

export const CLAIM_REVIEW_STATES = ['machine', 'accepted', 'corrected', 'rejected'] as const;
export type ClaimReviewState = (typeof CLAIM_REVIEW_STATES)[number];

/** A claim stored with its document. `extracted` is the machine's output and never changes;
 *  `corrected` holds a person's correction, so extraction quality can be measured later. */
export interface Claim {
  id: string;
  documentId: string;
  extracted: ClaimFacts;
  corrected: ClaimFacts | null;
  review: ClaimReviewState;
  incidentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const effectiveFacts = (claim: Claim): ClaimFacts => claim.corrected ?? claim.extracted;
