import type { NewAuditEvent } from '../domain/audit-event';
import { DomainError, type Issue } from '../domain/errors';
import { GRADES, type Grade, type Incident } from '../domain/incident';
import type { Actor } from '../workflow/actor';
import { INCIDENT_ACTIONS, incidentAudit } from '../workflow/incident-actions';
import { assertCanEdit } from '../workflow/seal';

/** Longest grade reason accepted, in characters. */
export const MAX_GRADE_REASON_LENGTH = 2_000;

/** The grade fields before and after a change, as kept in the audit log. */
export interface GradeChange {
  before: { grade: Grade | null; gradeReason: string | null };
  after: { grade: Grade; gradeReason: string };
}

/**
 * A person sets the grade with a written reason. Returns the changed incident, the before/after record,
 * and the audit entry to append so every change is kept. `at`, when given, becomes `updatedAt`.
 * @throws DomainError('validation_failed') with issues for an unknown grade or a missing/over-long reason;
 *         DomainError('forbidden') per `assertCanEdit` (sealed incidents: editors and admins only).
 */
export const setGrade = (
  incident: Incident,
  grade: Grade,
  reason: string,
  actor: Actor,
  at?: Date,
): { incident: Incident; change: GradeChange; audit: NewAuditEvent } => {
  assertCanEdit(incident, actor);
  const text = typeof reason === 'string' ? reason.trim() : '';
  const issues: Issue[] = [];
  if (!GRADES.includes(grade)) issues.push({ path: ['grade'], message: `unknown grade "${String(grade)}"` });
  if (text === '') issues.push({ path: ['reason'], message: 'a written reason is required' });
  if (text.length > MAX_GRADE_REASON_LENGTH)
    issues.push({ path: ['reason'], message: `longer than ${MAX_GRADE_REASON_LENGTH} characters` });
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `grade for incident ${incident.id}: ${issues.map((i) => i.message).join('; ')}`,
      issues,
    );
  const change: GradeChange = {
    before: { grade: incident.grade, gradeReason: incident.gradeReason },
    after: { grade, gradeReason: text },
  };
  return {
    incident: { ...incident, grade, gradeReason: text, updatedAt: at ?? incident.updatedAt },
    change,
    audit: incidentAudit(incident.id, INCIDENT_ACTIONS.grade, actor, change.before, change.after),
  };
};
