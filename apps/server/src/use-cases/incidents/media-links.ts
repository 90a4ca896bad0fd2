import {
  INCIDENT_ENTITY,
  assertCanEdit,
  notFound,
  type Actor,
  type IncidentMediaLink,
  type NewAuditEvent,
} from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import { requireIncident } from './load-incident';
import { recomputeReconciliation } from './recompute-reconciliation';

/** Audit actions for evidence links (the feed shows them as "other" with the action name). */
export const MEDIA_ACTIONS = { link: 'incident.link_media', unlink: 'incident.unlink_media' } as const;

const mediaAudit = (
  incidentId: string,
  action: string,
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

/**
 * Links a media item (by id: media storage is its own module) to an incident as evidence; the grade
 * suggestion weighs evidence media, so the reconciliation is recomputed.
 */
export const linkMedia = (
  deps: UseCaseDeps,
  incidentId: string,
  mediaId: string,
  note: string | null,
  actor: Actor,
): Promise<IncidentMediaLink> =>
  deps.store.transaction(async (tx) => {
    assertCanEdit(await requireIncident(tx, incidentId, { live: true }), actor);
    const link = await tx.mediaLinks.link({ incidentId, mediaId, note, linkedBy: actor.id });
    await tx.audit.append(mediaAudit(incidentId, MEDIA_ACTIONS.link, actor, null, { mediaId, note }));
    await recomputeReconciliation(tx, incidentId);
    return link;
  });

export const unlinkMedia = (
  deps: UseCaseDeps,
  incidentId: string,
  mediaId: string,
  actor: Actor,
): Promise<void> =>
  deps.store.transaction(async (tx) => {
    assertCanEdit(await requireIncident(tx, incidentId, { live: true }), actor);
    if (!(await tx.mediaLinks.unlink(incidentId, mediaId)))
      throw notFound(`link from incident ${incidentId} to media`, mediaId);
    await tx.audit.append(mediaAudit(incidentId, MEDIA_ACTIONS.unlink, actor, { mediaId }, null));
    await recomputeReconciliation(tx, incidentId);
  });
