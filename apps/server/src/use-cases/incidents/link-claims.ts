import {
  DomainError,
  INCIDENT_ACTIONS,
  assertCanEdit,
  incidentAudit,
  type Actor,
  type Claim,
  type Incident,
  type Repositories,
} from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import { requireClaim, requireIncident } from './load-incident';
import { recomputeReconciliation } from './recompute-reconciliation';

/** Links a claim inside an open transaction, audited under the incident. */
export const linkClaimIn = async (
  tx: Repositories,
  incident: Incident,
  claim: Claim,
  actor: Actor,
): Promise<void> => {
  if (claim.incidentId === incident.id)
    throw new DomainError('conflict', `claim ${claim.id} is already linked to incident ${incident.id}`);
  if (claim.incidentId !== null)
    throw new DomainError(
      'conflict',
      `claim ${claim.id} is linked to incident ${claim.incidentId}: unlink it there first`,
    );
  await tx.claims.setIncident(claim.id, incident.id);
  await tx.audit.append(
    incidentAudit(incident.id, INCIDENT_ACTIONS.linkClaim, actor, null, {
      claimId: claim.id,
      documentId: claim.documentId,
    }),
  );
};

/** Links a claim to an incident and recomputes its reconciliation, in one transaction. */
export const linkClaim = (
  deps: UseCaseDeps,
  incidentId: string,
  claimId: string,
  actor: Actor,
): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const incident = await requireIncident(tx, incidentId, { live: true });
    assertCanEdit(incident, actor);
    await linkClaimIn(tx, incident, await requireClaim(tx, claimId), actor);
    await recomputeReconciliation(tx, incidentId);
  });

/** Unlinks a claim from the incident and recomputes, in one transaction. */
export const unlinkClaim = (
  deps: UseCaseDeps,
  incidentId: string,
  claimId: string,
  actor: Actor,
): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const incident = await requireIncident(tx, incidentId, { live: true });
    assertCanEdit(incident, actor);
    const claim = await requireClaim(tx, claimId);
    if (claim.incidentId !== incidentId)
      throw new DomainError('not_found', `claim ${claimId} is not linked to incident ${incidentId}`);
    await tx.claims.setIncident(claimId, null);
    await tx.audit.append(
      incidentAudit(
        incidentId,
        INCIDENT_ACTIONS.unlinkClaim,
        actor,
        { claimId, documentId: claim.documentId },
        null,
      ),
    );
    await recomputeReconciliation(tx, incidentId);
  });
