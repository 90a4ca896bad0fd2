/** Names of the schemas registered once (app.addSchema) and shown as OpenAPI components. */
export type SharedSchemaId =
  | 'Error'
  | 'Incident'
  | 'IncidentDetail'
  | 'Reconciliation'
  | 'LinkedClaim'
  | 'Claim'
  | 'ClaimFacts'
  | 'GradeEntry'
  | 'MediaLink'
  | 'Comment'
  | 'FeedItem'
  | 'User'
  | 'ApiToken'
  | 'AuditEvent';

/** A reference to a shared schema, for route and nested schemas. */
export const ref = (id: SharedSchemaId) => ({ $ref: `${id}#` }) as const;
