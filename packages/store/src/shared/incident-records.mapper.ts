import type {
  Comment,
  EventReconciliation,
  Grade,
  GradeHistoryEntry,
  GradeSuggestion,
  IncidentMediaLink,
  StoredReconciliation,
} from '@corroborate/core';
import { date, iso, json, num, str, strOrNull, type Row } from './row-reader';

export const GRADE_COLUMNS = 'id, incident_id, grade, reason, previous_grade, actor_id, at';

export const toGradeEntry = (row: Row): GradeHistoryEntry => ({
  id: str(row, 'id'),
  incidentId: str(row, 'incident_id'),
  grade: str(row, 'grade') as Grade,
  reason: str(row, 'reason'),
  previousGrade: strOrNull(row, 'previous_grade') as Grade | null,
  actorId: strOrNull(row, 'actor_id'),
  at: date(row, 'at'),
});

export const RECONCILIATION_COLUMNS =
  'id, incident_id, events, explanation, rule_ids, suggestion, claim_count, computed_at';

export const toReconciliation = (row: Row): StoredReconciliation => ({
  id: str(row, 'id'),
  incidentId: str(row, 'incident_id'),
  events: json(row, 'events') as EventReconciliation[],
  explanation: str(row, 'explanation'),
  ruleIds: json(row, 'rule_ids') as string[],
  suggestion: json(row, 'suggestion') as GradeSuggestion,
  claimCount: num(row, 'claim_count'),
  computedAt: date(row, 'computed_at'),
});

/** The values of a reconciliation in RECONCILIATION_COLUMNS order, for either engine's INSERT. */
export const reconciliationParams = (r: StoredReconciliation): unknown[] => [
  r.id,
  r.incidentId,
  JSON.stringify(r.events),
  r.explanation,
  JSON.stringify(r.ruleIds),
  JSON.stringify(r.suggestion),
  r.claimCount,
  iso(r.computedAt),
];

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A reconciliation as it reads back: its JSON parts through JSON (Dates become text, undefined goes). */
export const storedReconciliationAsRead = (r: StoredReconciliation): StoredReconciliation => ({
  ...r,
  events: viaJson(r.events),
  ruleIds: [...r.ruleIds],
  suggestion: viaJson(r.suggestion),
});

export const COMMENT_COLUMNS = 'id, incident_id, author_id, body, mentions, created_at';

export const toComment = (row: Row): Comment => ({
  id: str(row, 'id'),
  incidentId: str(row, 'incident_id'),
  authorId: str(row, 'author_id'),
  body: str(row, 'body'),
  mentions: json(row, 'mentions') as string[],
  createdAt: date(row, 'created_at'),
});

export const MEDIA_LINK_COLUMNS = 'incident_id, media_id, note, linked_by, linked_at';

export const toMediaLink = (row: Row): IncidentMediaLink => ({
  incidentId: str(row, 'incident_id'),
  mediaId: str(row, 'media_id'),
  note: strOrNull(row, 'note'),
  linkedBy: strOrNull(row, 'linked_by'),
  linkedAt: date(row, 'linked_at'),
});
