import { isDomainError, type Hasher, type NewDocument, type Store } from '@corroborate/core';
import type { ParsedDocument } from '../documents/parsed-document';
import { StoreFault } from './ingest-errors';

/** Where a parsed document came from, for the fields its content cannot give. */
export interface Provenance {
  fileName: string | null;
  url: string | null;
  retrievedAt: Date;
  /** Remarks kept on the document only (not warnings), such as the JSON Lines line. */
  extraNotes?: string[];
}

/** The document row for a parse result: SHA-256 of the text is the deduplication key. */
export const toNewDocument = (parsed: ParsedDocument, from: Provenance, hasher: Hasher): NewDocument => ({
  kind: parsed.kind,
  url: parsed.url ?? from.url,
  fileName: from.fileName,
  title: parsed.title,
  byline: parsed.byline,
  publishedAt: parsed.publishedAt,
  retrievedAt: from.retrievedAt,
  language: parsed.language,
  text: parsed.text,
  sha256: hasher.sha256(parsed.text),
  sourceId: null,
  ingestNotes: [...parsed.notes, ...(from.extraNotes ?? [])],
});

/**
 * Stores a document and enqueues its extraction in one transaction, so a document never exists
 * without its job. A duplicate (same SHA-256) enqueues nothing: its job came with the original.
 */
export const storeDocument = async (
  store: Store,
  doc: NewDocument,
): Promise<{ created: boolean; id: string }> => {
  try {
    return await store.transaction(async (tx) => {
      const { document, created } = await tx.documents.insertOrGetBySha(doc);
      if (created) {
        const payload = { documentId: document.id };
        await tx.jobs.enqueue('document.extract', payload, { dedupeKey: `document.extract:${document.id}` });
      }
      return { created, id: document.id };
    });
  } catch (err) {
    // A domain refusal concerns this input; anything else is the database's fault.
    throw isDomainError(err) ? err : new StoreFault(err);
  }
};
