import { DomainError, notFound, type Actor, type NewSource, type Source } from '@corroborate/core';
import { recomputeReconciliation } from '../incidents/recompute-reconciliation';
import type { UseCaseDeps } from '../use-case-deps';

/**
 * Registers a source (publisher or claimant) with its kind, which reconciliation weighs: an existing
 * source of the same name is returned unchanged, unless its kind differs (409).
 */
export const registerSource = (
  deps: UseCaseDeps,
  input: NewSource,
  actor: Actor,
): Promise<{ source: Source; created: boolean }> =>
  deps.store.transaction(async (tx) => {
    const before = (await tx.sources.list()).find((s) => s.name === input.name);
    if (before && before.kind !== input.kind)
      throw new DomainError('conflict', `source "${input.name}" is already registered as ${before.kind}`);
    if (before) return { source: before, created: false };
    const source = await tx.sources.upsertByName(input);
    await tx.audit.append({
      actorId: actor.id,
      action: 'source.create',
      entityType: 'source',
      entityId: source.id,
      before: null,
      after: { name: source.name, kind: source.kind, url: source.url },
    });
    return { source, created: true };
  });

/**
 * Names a document's publisher. The publisher decides how the document's claims are weighed, so every
 * incident they are linked to is reconciled again. Audited as an evidence change.
 */
export const setDocumentSource = (
  deps: UseCaseDeps,
  documentId: string,
  sourceId: string | null,
  actor: Actor,
): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const doc = await tx.documents.get(documentId);
    if (!doc) throw notFound('document', documentId);
    if (sourceId !== null && !(await tx.sources.get(sourceId))) throw notFound('source', sourceId);
    await tx.documents.setSource(documentId, sourceId);
    await tx.audit.append({
      actorId: actor.id,
      action: 'document.set_source',
      entityType: 'document',
      entityId: documentId,
      before: { sourceId: doc.sourceId },
      after: { sourceId },
    });
    const claims = await tx.claims.listByDocument(documentId);
    const incidents = new Set(claims.flatMap((c) => (c.incidentId === null ? [] : [c.incidentId])));
    // In id order, as every multi-incident change locks them, so none can deadlock.
    for (const incidentId of [...incidents].sort()) await recomputeReconciliation(tx, incidentId);
  });
