import type { NewAuditEvent } from '../domain/audit-event';
import type { Actor } from './actor';

/** Audit `action` names for incident changes; the activity feed reads these, so keep them stable. */
export const INCIDENT_ACTIONS = {
  create: 'incident.create',
  update: 'incident.update',
  transition: 'incident.transition',
  grade: 'incident.grade',
  assign: 'incident.assign',
  unassign: 'incident.unassign',
  comment: 'incident.comment',
  linkClaim: 'incident.link_claim',
  unlinkClaim: 'incident.unlink_claim',
  merge: 'incident.merge',
  split: 'incident.split',
} as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[keyof typeof INCIDENT_ACTIONS];

/** Audit `entityType` of incidents; comments on an incident are logged under it too. */
export const INCIDENT_ENTITY = 'incident';

/** The audit entry for one change to an incident, ready for `AuditLog.append`. */
export const incidentAudit = (
  incidentId: string,
  action: IncidentAction,
  actor: Actor,
  before: unknown,
  after: unknown,
): NewAuditEvent => ({
  actorId: actor.id,
  action,
  entityType: INCIDENT_ENTITY,
  entityId: incidentId,
  before,
  after,
});
