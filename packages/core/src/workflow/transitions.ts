import { DomainError } from '../domain/errors';
import { INCIDENT_STATUSES, type Incident, type IncidentStatus } from '../domain/incident';
import { roleAtLeast, type Role } from '../domain/user';
import type { NewAuditEvent } from '../domain/audit-event';
import type { Actor } from './actor';
import { INCIDENT_ACTIONS, incidentAudit } from './incident-actions';
import { assertCanEdit } from './seal';

export interface TransitionRule {
  from: IncidentStatus;
  to: IncidentStatus;
  /** Lowest role allowed to make it. */
  minRole: Role;
}

/** Every allowed status change; anything else is an invalid transition (HTTP 409). */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: 'new', to: 'in_progress', minRole: 'analyst' },
  { from: 'new', to: 'discounted', minRole: 'analyst' },
  { from: 'in_progress', to: 'needs_review', minRole: 'analyst' },
  { from: 'in_progress', to: 'discounted', minRole: 'analyst' },
  // Sent back for more work, by the reviewer or withdrawn by the analyst.
  { from: 'needs_review', to: 'in_progress', minRole: 'analyst' },
  // Review: a second pair of eyes with editor rights verifies or discounts.
  { from: 'needs_review', to: 'verified', minRole: 'editor' },
  { from: 'needs_review', to: 'discounted', minRole: 'editor' },
  { from: 'verified', to: 'published', minRole: 'editor' },
  { from: 'verified', to: 'in_progress', minRole: 'editor' },
  // Unpublishing keeps the verified record; corrections to a published incident go through it.
  { from: 'published', to: 'verified', minRole: 'editor' },
  { from: 'discounted', to: 'in_progress', minRole: 'analyst' },
];

const ruleFor = (from: IncidentStatus, to: IncidentStatus): TransitionRule | undefined =>
  TRANSITIONS.find((t) => t.from === from && t.to === to);

/** The statuses an actor of this role may move an incident to from `from`. */
export const allowedTransitions = (from: IncidentStatus, role: Role): IncidentStatus[] =>
  TRANSITIONS.filter((t) => t.from === from && roleAtLeast(role, t.minRole)).map((t) => t.to);

/**
 * Moves an incident to a new status, returning the changed incident and its audit entry.
 * `at`, when given, becomes `updatedAt`; otherwise the store stamps it.
 * @throws DomainError('invalid_transition') for a move not in the table or an unknown status;
 *         DomainError('forbidden') when the actor's role is too low or the incident is sealed.
 */
export const transition = (
  incident: Incident,
  to: IncidentStatus,
  actor: Actor,
  at?: Date,
): { incident: Incident; audit: NewAuditEvent } => {
  if (!INCIDENT_STATUSES.includes(to))
    throw new DomainError('invalid_transition', `incident ${incident.id}: unknown status "${String(to)}"`);
  assertCanEdit(incident, actor);
  const rule = ruleFor(incident.status, to);
  if (rule === undefined)
    throw new DomainError(
      'invalid_transition',
      `incident ${incident.id} cannot move from ${incident.status} to ${to}`,
    );
  if (!roleAtLeast(actor.role, rule.minRole))
    throw new DomainError(
      'forbidden',
      `incident ${incident.id}: moving from ${incident.status} to ${to} needs the ${rule.minRole} role`,
    );
  const next: Incident = { ...incident, status: to, updatedAt: at ?? incident.updatedAt };
  return {
    incident: next,
    audit: incidentAudit(
      incident.id,
      INCIDENT_ACTIONS.transition,
      actor,
      { status: incident.status },
      { status: to },
    ),
  };
};
