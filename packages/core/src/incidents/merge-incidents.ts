import type { NewAuditEvent } from '../domain/audit-event';
import { DomainError } from '../domain/errors';
import type { Incident } from '../domain/incident';
import type { Actor } from '../workflow/actor';
import { INCIDENT_ACTIONS, incidentAudit } from '../workflow/incident-actions';
import { assertCanEdit } from '../workflow/seal';
import { combineFields, unionBy } from './merge-helpers';

/** What merging `retired` into `survivor` changes; nothing is applied by the planner. */
export interface MergePlan {
  survivorId: string;
  /** Delete after relinking its claims; the audit log keeps its record. */
  retiredId: string;
  /** The survivor's fields that change. */
  patch: Partial<Incident>;
  /** The survivor as it will be. */
  merged: Incident;
  /** Move every claim linked to `fromIncidentId` to `toIncidentId`. */
  relinkClaims: { fromIncidentId: string; toIncidentId: string };
  /** Things a person should look at (differing grades, a published page that disappears). */
  warnings: string[];
  audit: NewAuditEvent[];
}

// Field values are JSON-like (strings, arrays, dates), so comparing their JSON is exact enough.
const changed = (before: Incident, after: Incident): Partial<Incident> => {
  const patch: Partial<Record<keyof Incident, unknown>> = {};
  for (const k of Object.keys(after) as (keyof Incident)[])
    if (JSON.stringify(after[k]) !== JSON.stringify(before[k])) patch[k] = after[k];
  return patch as Partial<Incident>;
};

const warningsFor = (a: Incident, b: Incident): string[] => {
  const out: string[] = [];
  if (a.grade !== null && b.grade !== null && a.grade !== b.grade)
    out.push(`grades differ (${a.id}: ${a.grade}, ${b.id}: ${b.grade}): review the grade`);
  if (b.status === 'published') out.push(`${b.id} is published: its public page should point to ${a.id}`);
  if (a.status !== b.status)
    out.push(`statuses differ (${a.id}: ${a.status}, ${b.id}: ${b.status}); ${a.id} keeps its own`);
  return out;
};

/**
 * Plans merging incident `b` into `a`: `a` keeps its id, title and status, gains the finer place,
 * the union of dates, kinds, perpetrators, victims and assignees, and takes `b`'s claims.
 * @throws DomainError('validation_failed') when both are the same incident; 'forbidden' per `assertCanEdit` on either.
 */
export const mergeIncidents = (a: Incident, b: Incident, actor: Actor, at?: Date): MergePlan => {
  if (a.id === b.id)
    throw new DomainError('validation_failed', `cannot merge incident ${a.id} into itself`, [
      { path: ['b'], message: 'must be another incident' },
    ]);
  assertCanEdit(a, actor);
  assertCanEdit(b, actor);
  const merged: Incident = {
    ...a,
    ...combineFields(a, b),
    assigneeIds: unionBy(a.assigneeIds, b.assigneeIds),
    grade: a.grade ?? b.grade,
    gradeReason: a.grade === null ? b.gradeReason : a.gradeReason,
    updatedAt: at ?? a.updatedAt,
  };
  const patch = changed(a, merged);
  return {
    survivorId: a.id,
    retiredId: b.id,
    patch,
    merged,
    relinkClaims: { fromIncidentId: b.id, toIncidentId: a.id },
    warnings: warningsFor(a, b),
    audit: [
      incidentAudit(a.id, INCIDENT_ACTIONS.merge, actor, { retiredId: b.id }, { retiredId: b.id, patch }),
      incidentAudit(b.id, INCIDENT_ACTIONS.merge, actor, { status: b.status }, { mergedInto: a.id }),
    ],
  };
};
