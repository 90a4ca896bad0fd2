import type { ClaimEvent, ClaimFacts, ClaimReviewState, ClaimStance } from '../domain/claim';
import type { SourceKind } from '../domain/source';
import type { RuleId } from './reconcile-rules';

/** One claim linked to an incident, with what reconciliation needs to weigh it. */
export interface ReconcileInput {
  claimId: string;
  /** The claim's effective facts (`effectiveFacts(claim)`). */
  facts: ClaimFacts;
  /** A reviewer's verdict; `rejected` claims are not counted. */
  review?: ClaimReviewState;
  document: { id: string; publishedAt: Date | null; url: string | null; title: string | null };
  /** Who published the document; null when unknown. */
  source: { name: string; kind: SourceKind } | null;
  /** Kind of the claimant when it is someone other than the publisher (looked up by name). */
  claimantKind?: SourceKind | null;
  /** Explicit same-origin key; claims sharing it are one report repeated. */
  originKey?: string | null;
  /** Explicit "this repeats that claim" link; joins the other claim's chain. */
  repeatsClaimId?: string | null;
}

export interface ReconcileOptions {
  /** Normalised name → canonical name, so "islamic state" and "isis" are one speaker. */
  aliases?: Readonly<Record<string, string>>;
}

/** How a figure's speaker is weighed. */
export const SOURCE_CLASSES = ['self_claim', 'official', 'independent', 'unattributed', 'denial'] as const;
export type SourceClass = (typeof SOURCE_CLASSES)[number];

/** One report in a chain. */
export interface ChainMember {
  claimId: string;
  documentId: string;
  publisher: string | null;
  /** YYYY-MM-DD (UTC) or null. */
  published: string | null;
  url: string | null;
}

/** A figure from one origin: the first report and the reports that repeat it. */
export interface OriginChain {
  originKey: string;
  first: ChainMember;
  repeats: ChainMember[];
}

/** One figure as shown to a person: a chain reduced to its origin. */
export interface ReconcileLine {
  sourceClass: SourceClass;
  /** Who gave the figure (the claimant, else the publisher). */
  speaker: string;
  originKey: string;
  claimId: string;
  documentId: string;
  published: string | null;
  url: string | null;
  title: string | null;
  stance: ClaimStance;
  min: number;
  /** null when open-ended ("more than 30"). */
  max: number | null;
  approx: boolean;
  text: string;
  /** Reports of the same origin beyond the first. */
  repeatCount: number;
  /** False for denials: shown, never in the range. */
  counted: boolean;
}

export interface ExcludedClaim {
  claimId: string;
  ruleId: RuleId;
  reason: string;
}

export const RECONCILE_FLAGS = [
  'min_not_independent',
  'min_from_self_claim',
  'max_from_self_claim',
  'max_open_ended',
  'nothing_counted',
] as const;
export type ReconcileFlag = (typeof RECONCILE_FLAGS)[number];

/** The reconciled figure for one event kind ("killed", "injured", …). */
export interface EventReconciliation {
  event: ClaimEvent;
  /** Null when no line is counted. */
  min: number | null;
  /** Highest upper figure among counted lines; when `max_open_ended` is flagged it is a lower bound. */
  max: number | null;
  minBasis: SourceClass | null;
  maxBasis: SourceClass | null;
  /** Range over credible independent lines only; null when there are none. */
  independentRange: { min: number; max: number; maxOpen: boolean } | null;
  lines: ReconcileLine[];
  /** Chains with at least one repeat. */
  chains: OriginChain[];
  excluded: ExcludedClaim[];
  explanation: string;
  ruleIds: RuleId[];
  flags: ReconcileFlag[];
}
