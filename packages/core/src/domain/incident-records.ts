import type { EventReconciliation } from '../reconcile/reconcile.types';
import type { GradeSuggestion } from '../grading/suggest-grade';
import type { Grade } from './incident';

/** One grade change, kept for good: who set which grade, why, and what it was before. */
export interface GradeHistoryEntry {
  id: string;
  incidentId: string;
  grade: Grade;
  reason: string;
  previousGrade: Grade | null;
  actorId: string | null;
  at: Date;
}

/** A reconciliation as computed and stored at one moment: each change of links or claims adds one. */
export interface StoredReconciliation {
  id: string;
  incidentId: string;
  events: EventReconciliation[];
  /** The explanations of every event kind, one paragraph each. */
  explanation: string;
  /** Every rule cited, across event kinds. */
  ruleIds: string[];
  suggestion: GradeSuggestion;
  claimCount: number;
  computedAt: Date;
}

/** A photo or video (a media item id) linked to an incident as evidence. */
export interface IncidentMediaLink {
  incidentId: string;
  mediaId: string;
  note: string | null;
  linkedBy: string | null;
  linkedAt: Date;
}
