import type { FastifyInstance } from 'fastify';
import { apiTokenSchema, auditEventSchema, userSchema } from './account.schemas';
import { claimSchema, factsSchema, linkedClaimSchema } from './claim.schemas';
import { incidentDetailSchema } from './incident-detail.schema';
import {
  commentSchema,
  feedItemSchema,
  gradeEntrySchema,
  incidentSchema,
  mediaLinkSchema,
} from './incident.schemas';
import { reconciliationSchema } from './reconciliation.schemas';
import type { SharedSchemaId } from './schema-ref';
import { errorSchema } from './schemas';

const SHARED: Record<SharedSchemaId, object> = {
  Error: errorSchema,
  Incident: incidentSchema,
  IncidentDetail: incidentDetailSchema,
  Reconciliation: reconciliationSchema,
  LinkedClaim: linkedClaimSchema,
  Claim: claimSchema,
  ClaimFacts: factsSchema,
  GradeEntry: gradeEntrySchema,
  MediaLink: mediaLinkSchema,
  Comment: commentSchema,
  FeedItem: feedItemSchema,
  User: userSchema,
  ApiToken: apiTokenSchema,
  AuditEvent: auditEventSchema,
};

/** Registers the shared response schemas once; routes point at them with `ref(…)`. */
export const registerSharedSchemas = (app: FastifyInstance): void => {
  for (const [id, schema] of Object.entries(SHARED)) app.addSchema({ $id: id, ...schema });
};
