import {
  assign,
  setGrade,
  transition,
  unassign,
  notFound,
  type Actor,
  type Grade,
  type GradeHistoryEntry,
  type Incident,
  type IncidentStatus,
} from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import { requireIncident } from './load-incident';

/** Moves an incident to another status by the core table (409 invalid_transition otherwise). */
export const transitionIncident = (
  deps: UseCaseDeps,
  id: string,
  to: IncidentStatus,
  actor: Actor,
): Promise<Incident> =>
  deps.store.transaction(async (tx) => {
    const change = transition(await requireIncident(tx, id, { live: true }), to, actor);
    const incident = await tx.incidents.update(change.incident);
    await tx.audit.append(change.audit);
    return incident;
  });

/** Sets the grade with a written reason; the change joins the grade history and the audit log. */
export const gradeIncident = (
  deps: UseCaseDeps,
  id: string,
  grade: Grade,
  reason: string,
  actor: Actor,
): Promise<{ incident: Incident; entry: GradeHistoryEntry }> =>
  deps.store.transaction(async (tx) => {
    const change = setGrade(await requireIncident(tx, id, { live: true }), grade, reason, actor);
    const incident = await tx.incidents.update(change.incident);
    const entry = await tx.incidents.addGradeChange({
      incidentId: id,
      grade: change.change.after.grade,
      reason: change.change.after.gradeReason,
      previousGrade: change.change.before.grade,
      actorId: actor.id,
    });
    await tx.audit.append(change.audit);
    return { incident, entry };
  });

/** Assigns a (known) user to the incident, or removes them. */
export const changeAssignee = (
  deps: UseCaseDeps,
  id: string,
  userId: string,
  op: 'assign' | 'unassign',
  actor: Actor,
): Promise<Incident> =>
  deps.store.transaction(async (tx) => {
    const incident = await requireIncident(tx, id, { live: true });
    if (op === 'assign' && !(await tx.users.get(userId))) throw notFound('user', userId);
    const change = op === 'assign' ? assign(incident, userId, actor) : unassign(incident, userId, actor);
    const updated = await tx.incidents.update(change.incident);
    await tx.audit.append(change.audit);
    return updated;
  });
