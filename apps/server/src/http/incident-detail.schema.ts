import { INCIDENT_STATUSES } from '@corroborate/core';
import { ref } from './schema-ref';

/** The incident page in one answer: range and explanation, claims, grade history, evidence. */
export const incidentDetailSchema = {
  type: 'object',
  properties: {
    incident: ref('Incident'),
    reconciliation: ref('Reconciliation'),
    claims: { type: 'array', items: ref('LinkedClaim') },
    gradeHistory: { type: 'array', items: ref('GradeEntry') },
    media: { type: 'array', items: ref('MediaLink') },
    nextStatuses: { type: 'array', items: { type: 'string', enum: [...INCIDENT_STATUSES] } },
  },
} as const;
