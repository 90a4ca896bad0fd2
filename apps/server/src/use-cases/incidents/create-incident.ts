import {
  DomainError,
  INCIDENT_ACTIONS,
  effectiveFacts,
  incidentAudit,
  incidentFromClaim,
  roleAtLeast,
  type Actor,
  type Incident,
  type NewIncident,
  type Repositories,
} from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import { linkClaimIn } from './link-claims';
import { requireClaim } from './load-incident';
import { recomputeReconciliation } from './recompute-reconciliation';

/** The descriptive fields a person may set on a new or existing incident. */
export type IncidentFieldsInput = Pick<
  NewIncident,
  'title' | 'place' | 'dateFrom' | 'dateTo' | 'datePrecision' | 'eventKinds' | 'perpetrators' | 'victimTypes'
>;

const assertAnalyst = (actor: Actor): void => {
  if (!roleAtLeast(actor.role, 'analyst'))
    throw new DomainError('forbidden', `user ${actor.id} (${actor.role}) may not create incidents`);
};

const createIn = async (tx: Repositories, fields: NewIncident, actor: Actor): Promise<Incident> => {
  const incident = await tx.incidents.create({ ...fields, status: 'new', grade: null, gradeReason: null });
  const { createdAt: _c, updatedAt: _u, ...after } = incident;
  await tx.audit.append(incidentAudit(incident.id, INCIDENT_ACTIONS.create, actor, null, after));
  return incident;
};

/** Creates an incident by hand, audited, with an (empty) reconciliation. */
export const createIncident = (
  deps: UseCaseDeps,
  fields: IncidentFieldsInput,
  actor: Actor,
): Promise<Incident> => {
  assertAnalyst(actor);
  return deps.store.transaction(async (tx) => {
    const incident = await createIn(tx, fields, actor);
    await recomputeReconciliation(tx, incident.id);
    return incident;
  });
};

/**
 * Creates an incident pre-filled from a claim (place and precision, dates, kind, perpetrator,
 * victims) and links the claim to it, in one transaction.
 * @throws DomainError('not_found') for an unknown claim; 'conflict' when it is already linked.
 */
export const createIncidentFromClaim = (
  deps: UseCaseDeps,
  claimId: string,
  actor: Actor,
  title?: string,
): Promise<Incident> => {
  assertAnalyst(actor);
  return deps.store.transaction(async (tx) => {
    const claim = await requireClaim(tx, claimId);
    const incident = await createIn(tx, incidentFromClaim(effectiveFacts(claim), { title }), actor);
    await linkClaimIn(tx, incident, claim, actor);
    await recomputeReconciliation(tx, incident.id);
    return incident;
  });
};
