import type { NewAuditEvent } from '../domain/audit-event';
import { effectiveFacts, type Claim } from '../domain/claim';
import { DomainError, type Issue } from '../domain/errors';
import type { Incident, NewIncident } from '../domain/incident';
import type { Actor } from '../workflow/actor';
import { INCIDENT_ACTIONS, incidentAudit } from '../workflow/incident-actions';
import { assertCanEdit } from '../workflow/seal';
import { incidentFieldsFromClaim } from './incident-from-claim';
import { combineFields, type IncidentFields } from './merge-helpers';

export interface SplitOptions {
  /** Id for the new incident (from the IdGenerator). */
  newIncidentId: string;
  /** The incident's linked claims: when given, ids are checked against them and the new incident is pre-filled from the moved ones. */
  claims?: readonly Claim[];
  title?: string;
}

/** What splitting claims off an incident creates and moves; nothing is applied by the planner. */
export interface SplitPlan {
  sourceIncidentId: string;
  newIncidentId: string;
  newIncident: NewIncident;
  /** Relink these claims to the new incident. */
  moveClaimIds: string[];
  audit: NewAuditEvent[];
}

const validate = (
  incident: Incident,
  claimIds: readonly string[],
  claims: readonly Claim[] | undefined,
): void => {
  const issues: Issue[] = [];
  if (claimIds.length === 0) issues.push({ path: ['claimIds'], message: 'name at least one claim to move' });
  if (new Set(claimIds).size !== claimIds.length)
    issues.push({ path: ['claimIds'], message: 'claim ids repeat' });
  if (claims !== undefined) {
    const linked = new Set(claims.filter((c) => c.incidentId === incident.id).map((c) => c.id));
    claimIds.forEach((id, i) => {
      if (!linked.has(id))
        issues.push({ path: ['claimIds', i], message: `claim ${id} is not linked to ${incident.id}` });
    });
    if (claimIds.length > 0 && claimIds.length >= linked.size && issues.length === 0)
      issues.push({
        path: ['claimIds'],
        message: 'moving every claim leaves nothing behind: rename instead',
      });
  }
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `split of incident ${incident.id}: ${issues[0]?.message ?? ''}`,
      issues,
    );
};

// The new incident describes the moved claims when we have them; otherwise it starts as a copy.
const prefill = (incident: Incident, moved: Claim[]): IncidentFields => {
  const [first, ...rest] = moved.map((c) => incidentFieldsFromClaim(effectiveFacts(c)));
  if (first === undefined) {
    const { place, dateFrom, dateTo, datePrecision, eventKinds, perpetrators, victimTypes } = incident;
    return { place, dateFrom, dateTo, datePrecision, eventKinds, perpetrators, victimTypes };
  }
  return rest.reduce(combineFields, first);
};

/**
 * Plans moving some claims of an incident to a new incident of their own.
 * @throws DomainError('validation_failed') for no, repeated or foreign claim ids, or moving all of them;
 *         'forbidden' per `assertCanEdit`.
 */
export const splitIncident = (
  incident: Incident,
  claimIds: readonly string[],
  actor: Actor,
  opts: SplitOptions,
): SplitPlan => {
  assertCanEdit(incident, actor);
  validate(incident, claimIds, opts.claims);
  const wanted = new Set(claimIds);
  const moved = (opts.claims ?? []).filter((c) => wanted.has(c.id));
  const newIncident: NewIncident = {
    title: opts.title?.trim() || `${incident.title} (split)`,
    ...prefill(incident, moved),
    status: 'new',
    grade: null,
    gradeReason: null,
    assigneeIds: incident.assigneeIds,
  };
  const moveClaimIds = [...claimIds];
  return {
    sourceIncidentId: incident.id,
    newIncidentId: opts.newIncidentId,
    newIncident,
    moveClaimIds,
    audit: [
      incidentAudit(
        incident.id,
        INCIDENT_ACTIONS.split,
        actor,
        { claimIds: moveClaimIds },
        {
          newIncidentId: opts.newIncidentId,
          movedClaimIds: moveClaimIds,
        },
      ),
      incidentAudit(opts.newIncidentId, INCIDENT_ACTIONS.create, actor, null, {
        title: newIncident.title,
        splitFrom: incident.id,
      }),
    ],
  };
};
