import { INCIDENT_ACTIONS, assertCanEdit, incidentAudit, type Actor, type Incident } from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import type { IncidentFieldsInput } from './create-incident';
import { requireIncident } from './load-incident';

type Patch = Partial<IncidentFieldsInput>;

// Fields are plain JSON values, so comparing their JSON is exact.
const changedKeys = (before: Incident, patch: Patch): (keyof Patch)[] =>
  (Object.keys(patch) as (keyof Patch)[]).filter(
    (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(before[k] ?? null),
  );

/** Edits an incident's descriptive fields; the audit entry holds only what changed, before and after. */
export const updateIncident = (
  deps: UseCaseDeps,
  id: string,
  patch: Patch,
  actor: Actor,
): Promise<Incident> =>
  deps.store.transaction(async (tx) => {
    const incident = await requireIncident(tx, id, { live: true });
    assertCanEdit(incident, actor);
    const keys = changedKeys(incident, patch);
    if (keys.length === 0) return incident;
    const pick = (from: Patch | Incident) => Object.fromEntries(keys.map((k) => [k, from[k] ?? null]));
    const updated = await tx.incidents.update({ ...incident, ...pick(patch) });
    await tx.audit.append(incidentAudit(id, INCIDENT_ACTIONS.update, actor, pick(incident), pick(patch)));
    return updated;
  });
