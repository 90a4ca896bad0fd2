import { mergeIncidents, splitIncident, type Actor, type Incident } from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import { requireIncident } from './load-incident';
import { recomputeReconciliation } from './recompute-reconciliation';

/**
 * Merges `otherId` into `id` by the core plan: the survivor takes the union of fields and every claim,
 * comment and media link; the other is retired (kept, marked merged). One transaction, all audited.
 */
export const mergeIncidentInto = (
  deps: UseCaseDeps,
  id: string,
  otherId: string,
  actor: Actor,
): Promise<{ incident: Incident; warnings: string[] }> =>
  deps.store.transaction(async (tx) => {
    // Locked in id order, so two opposite merges cannot deadlock.
    const [first, second] = [id, otherId].sort();
    const locked = new Map([
      [first!, await requireIncident(tx, first!, { live: true })],
      [second!, await requireIncident(tx, second!, { live: true })],
    ]);
    const survivor = locked.get(id)!;
    const retired = locked.get(otherId)!;
    const plan = mergeIncidents(survivor, retired, actor);
    const incident = await tx.incidents.update(plan.merged);
    await tx.claims.relinkIncident(plan.relinkClaims.fromIncidentId, plan.relinkClaims.toIncidentId);
    await tx.comments.moveToIncident(retired.id, survivor.id);
    await tx.mediaLinks.moveToIncident(retired.id, survivor.id);
    await tx.incidents.markMerged(retired.id, survivor.id);
    for (const entry of plan.audit) await tx.audit.append(entry);
    await recomputeReconciliation(tx, survivor.id);
    await recomputeReconciliation(tx, retired.id);
    return { incident, warnings: plan.warnings };
  });

/** Moves some claims of an incident to a new one (the core plan), recomputing both; one transaction. */
export const splitIncidentClaims = (
  deps: UseCaseDeps,
  id: string,
  claimIds: string[],
  actor: Actor,
  title?: string,
): Promise<{ source: Incident; created: Incident }> =>
  deps.store.transaction(async (tx) => {
    const source = await requireIncident(tx, id, { live: true });
    const claims = await tx.claims.listByIncident(id);
    const plan = splitIncident(source, claimIds, actor, {
      newIncidentId: deps.ids.next('inc'),
      claims,
      title,
    });
    const created = await tx.incidents.create(plan.newIncident, { id: plan.newIncidentId });
    for (const claimId of plan.moveClaimIds) await tx.claims.setIncident(claimId, created.id);
    for (const entry of plan.audit) await tx.audit.append(entry);
    await recomputeReconciliation(tx, source.id);
    await recomputeReconciliation(tx, created.id);
    return { source, created };
  });
