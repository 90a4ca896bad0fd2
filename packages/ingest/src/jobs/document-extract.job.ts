import type { ClaimFacts, JobHandler, Store } from '@corroborate/core';

/** What the job needs of the extractor: text in, storable claims out. */
export type ExtractClaims = (text: string, published: string | null) => ClaimFacts[];

export interface DocumentExtractDeps {
  store: Store;
  extractClaims: ExtractClaims;
}

const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** `document.extract`: (re)extracts a document's claims. Idempotent: machine claims are replaced,
 *  claims a person reviewed are kept. */
export const documentExtractJob =
  (deps: DocumentExtractDeps): JobHandler<'document.extract'> =>
  async ({ documentId }) => {
    const doc = await deps.store.documents.get(documentId);
    if (!doc) return { outcome: 'skipped', reason: `document ${documentId} no longer exists` };
    const facts = deps.extractClaims(doc.text, isoDay(doc.publishedAt));
    await deps.store.transaction((tx) => tx.claims.replaceMachineClaims(documentId, facts));
    return { outcome: 'done' };
  };
