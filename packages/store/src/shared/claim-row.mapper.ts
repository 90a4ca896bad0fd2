import type { Claim, ClaimFacts, ClaimReviewState } from '@corroborate/core';
import { date, json, jsonOrNull, str, strOrNull, type Row } from './row-reader';

export const CLAIM_COLUMNS =
  'id, document_id, extracted, corrected, review, incident_id, created_at, updated_at';

export const toClaim = (row: Row): Claim => ({
  id: str(row, 'id'),
  documentId: str(row, 'document_id'),
  extracted: json(row, 'extracted') as ClaimFacts,
  corrected: jsonOrNull(row, 'corrected') as ClaimFacts | null,
  review: str(row, 'review') as ClaimReviewState,
  incidentId: strOrNull(row, 'incident_id'),
  createdAt: date(row, 'created_at'),
  updatedAt: date(row, 'updated_at'),
});
