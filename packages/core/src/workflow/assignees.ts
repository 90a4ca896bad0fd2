import type { NewAuditEvent } from '../domain/audit-event';
import { DomainError } from '../domain/errors';
import type { Incident } from '../domain/incident';
import type { Actor } from './actor';
import { INCIDENT_ACTIONS, incidentAudit } from './incident-actions';
import { assertCanEdit } from './seal';

type Change = { incident: Incident; audit: NewAuditEvent };

/**
 * Adds a user to the incident's assignees.
 * @throws DomainError('validation_failed') for an empty id; 'conflict' when already assigned; 'forbidden' per `assertCanEdit`.
 */
export const assign = (incident: Incident, userId: string, actor: Actor, at?: Date): Change => {
  assertCanEdit(incident, actor);
  if (userId.trim() === '')
    throw new DomainError('validation_failed', `incident ${incident.id}: assignee id is empty`, [
      { path: ['userId'], message: 'required' },
    ]);
  if (incident.assigneeIds.includes(userId))
    throw new DomainError('conflict', `user ${userId} is already assigned to incident ${incident.id}`);
  const assigneeIds = [...incident.assigneeIds, userId];
  return {
    incident: { ...incident, assigneeIds, updatedAt: at ?? incident.updatedAt },
    audit: incidentAudit(
      incident.id,
      INCIDENT_ACTIONS.assign,
      actor,
      { assigneeIds: incident.assigneeIds },
      {
        assigneeIds,
        userId,
      },
    ),
  };
};

/**
 * Removes a user from the incident's assignees.
 * @throws DomainError('not_found') when the user is not assigned; 'forbidden' per `assertCanEdit`.
 */
export const unassign = (incident: Incident, userId: string, actor: Actor, at?: Date): Change => {
  assertCanEdit(incident, actor);
  if (!incident.assigneeIds.includes(userId))
    throw new DomainError('not_found', `user ${userId} is not assigned to incident ${incident.id}`);
  const assigneeIds = incident.assigneeIds.filter((id) => id !== userId);
  return {
    incident: { ...incident, assigneeIds, updatedAt: at ?? incident.updatedAt },
    audit: incidentAudit(
      incident.id,
      INCIDENT_ACTIONS.unassign,
      actor,
      { assigneeIds: incident.assigneeIds },
      {
        assigneeIds,
        userId,
      },
    ),
  };
};
