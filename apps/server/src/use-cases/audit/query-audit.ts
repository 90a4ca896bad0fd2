import { DomainError, type AuditEvent, type Repositories } from '@corroborate/core';

export interface AuditPage {
  items: AuditEvent[];
  /** The seq to pass as `after` for the next page; null on the last. */
  nextAfter: number | null;
}

const ENTITY = /^([a-z_]{1,40})(?::(.{1,100}))?$/;

/** Reads the audit log for `type` or `type:id` (e.g. `incident:inc_…`), in seq order from `after`. */
export const queryAudit = async (
  repos: Repositories,
  entity: string,
  after: number,
  limit: number,
): Promise<AuditPage> => {
  const m = ENTITY.exec(entity);
  if (!m?.[1])
    throw new DomainError('validation_failed', `entity "${entity}" is not TYPE or TYPE:ID`, [
      { path: ['querystring', 'entity'], message: 'expected TYPE or TYPE:ID, e.g. incident:inc_123' },
    ]);
  const items = await repos.audit.listByEntity({
    entityType: m[1],
    ...(m[2] === undefined ? {} : { entityId: m[2] }),
    afterSeq: after,
    limit: limit + 1,
  });
  const page = items.slice(0, limit);
  return { items: page, nextAfter: items.length > limit ? (page.at(-1)?.seq ?? null) : null };
};
