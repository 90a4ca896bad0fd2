import {
  DomainError,
  assertCanEdit,
  effectiveFacts,
  roleAtLeast,
  type Actor,
  type Claim,
  type ClaimFacts,
  type ClaimReview,
} from '@corroborate/core';
import { requireClaim, requireIncident } from '../incidents/load-incident';
import { recomputeReconciliation } from '../incidents/recompute-reconciliation';
import type { UseCaseDeps } from '../use-case-deps';

/** Audit actions for claim reviews (entity type `claim`). */
export const CLAIM_ACTIONS = {
  accepted: 'claim.accept',
  corrected: 'claim.correct',
  rejected: 'claim.reject',
} as const;

/** What a reviewer may change in a claim; the rest is kept from the facts in force. */
export type FactsPatch = Partial<Omit<ClaimFacts, 'span'>>;

export type ReviewRequest =
  | { review: 'accepted' }
  | { review: 'rejected'; reason?: string }
  | { review: 'corrected'; patch: FactsPatch };

const toReview = (claim: Claim, r: ReviewRequest): ClaimReview =>
  r.review === 'corrected'
    ? { review: 'corrected', corrected: { ...effectiveFacts(claim), ...r.patch, span: claim.extracted.span } }
    : { review: r.review, corrected: null };

/**
 * Accepts, corrects or rejects a claim. The machine's output stays as extracted; a correction is stored
 * apart. A claim linked to a sealed incident needs an editor; its reconciliation is recomputed. Audited.
 */
export const reviewClaim = (
  deps: UseCaseDeps,
  claimId: string,
  r: ReviewRequest,
  actor: Actor,
): Promise<Claim> => {
  if (!roleAtLeast(actor.role, 'analyst'))
    throw new DomainError('forbidden', `user ${actor.id} (${actor.role}) may not review claims`);
  return deps.store.transaction(async (tx) => {
    const claim = await requireClaim(tx, claimId);
    if (claim.incidentId !== null)
      assertCanEdit(await requireIncident(tx, claim.incidentId, { live: true }), actor);
    const review = toReview(claim, r);
    const updated = await tx.claims.review(claimId, review);
    await tx.audit.append({
      actorId: actor.id,
      action: CLAIM_ACTIONS[r.review],
      entityType: 'claim',
      entityId: claimId,
      before: { review: claim.review, corrected: claim.corrected },
      after: {
        review: updated.review,
        corrected: updated.corrected,
        ...(r.review === 'rejected' ? { reason: r.reason ?? null } : {}),
      },
    });
    if (claim.incidentId !== null) await recomputeReconciliation(tx, claim.incidentId);
    return updated;
  });
};
