import {
  allowedTransitions,
  effectiveFacts,
  type Claim,
  type ClaimFacts,
  type GradeHistoryEntry,
  type Incident,
  type IncidentMediaLink,
  type IncidentStatus,
  type Repositories,
  type Role,
  type StoredReconciliation,
} from '@corroborate/core';
import { requireIncident } from './load-incident';

/** A linked claim as the incident page shows it: the facts in force, and whether a person changed them. */
export interface LinkedClaim {
  id: string;
  documentId: string;
  review: Claim['review'];
  facts: ClaimFacts;
  corrected: boolean;
}

/** Everything the incident page needs in one answer. */
export interface IncidentDetail {
  incident: Incident;
  reconciliation: StoredReconciliation | null;
  claims: LinkedClaim[];
  gradeHistory: GradeHistoryEntry[];
  media: IncidentMediaLink[];
  /** Statuses the asking user may move it to now. */
  nextStatuses: IncidentStatus[];
}

export const linkedClaim = (c: Claim): LinkedClaim => ({
  id: c.id,
  documentId: c.documentId,
  review: c.review,
  facts: effectiveFacts(c),
  corrected: c.corrected !== null,
});

/** The incident with its stored reconciliation, claims, grade history and evidence. */
export const getIncidentDetail = async (
  repos: Repositories,
  id: string,
  role: Role,
): Promise<IncidentDetail> => {
  const incident = await requireIncident(repos, id);
  const [reconciliation, claims, gradeHistory, media] = await Promise.all([
    repos.reconciliations.latest(id),
    repos.claims.listByIncident(id),
    repos.incidents.gradeHistory(id),
    repos.mediaLinks.listByIncident(id),
  ]);
  return {
    incident,
    reconciliation,
    claims: claims.map(linkedClaim),
    gradeHistory,
    media,
    nextStatuses: incident.mergedIntoId ? [] : allowedTransitions(incident.status, role),
  };
};
