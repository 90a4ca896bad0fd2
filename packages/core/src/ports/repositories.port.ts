import type { Claim, ClaimFacts, ClaimReviewState } from '../domain/claim';
import type { Document, DocumentStatus, NewDocument } from '../domain/document';
import type { NewSource, Source } from '../domain/source';

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface DocumentListQuery {
  limit: number;
  cursor?: string | null;
  status?: DocumentStatus;
  sourceId?: string;
  language?: string;
}

export interface DocumentSearchHit {
  id: string;
  title: string | null;
  fileName: string | null;
  url: string | null;
  /** A piece of the text around the match, the matched words between [ and ]. */
  snippet: string;
  rank: number;
}

export interface DocumentRepository {
  /** Stores a new document, or returns the one with the same SHA-256 and `created: false`. */
  insertOrGetBySha(doc: NewDocument): Promise<{ document: Document; created: boolean }>;
  get(id: string): Promise<Document | null>;
  list(q: DocumentListQuery): Promise<Page<Document>>;
  search(query: string, limit: number): Promise<DocumentSearchHit[]>;
  setStatus(id: string, status: DocumentStatus): Promise<void>;
  /** Names who published the document (null: unknown). @throws DomainError('not_found') for either id. */
  setSource(id: string, sourceId: string | null): Promise<void>;
  count(): Promise<number>;
  /** All documents in insertion order, for export; streams rather than loading everything. */
  iterate(): AsyncIterable<Document>;
}

export interface SourceRepository {
  /** Finds a source by exact name, or creates it. */
  upsertByName(source: NewSource): Promise<Source>;
  get(id: string): Promise<Source | null>;
  list(): Promise<Source[]>;
}

/** A person's verdict on a claim; a correction is stored apart from the machine's output. */
export interface ClaimReview {
  review: Exclude<ClaimReviewState, 'machine'>;
  /** The corrected facts for `corrected`; null otherwise (an earlier correction is then cleared). */
  corrected: ClaimFacts | null;
}

export interface ClaimRepository {
  /** Replaces the machine's claims of a document (idempotent re-extraction); keeps reviewed and linked ones. */
  replaceMachineClaims(documentId: string, facts: ClaimFacts[]): Promise<Claim[]>;
  listByDocument(documentId: string): Promise<Claim[]>;
  get(id: string): Promise<Claim | null>;
  iterate(): AsyncIterable<Claim>;
  /** Claims linked to an incident, in the order they were stored. */
  listByIncident(incidentId: string): Promise<Claim[]>;
  /** Links a claim to an incident, or unlinks it (null). @throws DomainError('not_found') */
  setIncident(claimId: string, incidentId: string | null): Promise<Claim>;
  /** Moves every claim of one incident to another (merge); returns how many moved. */
  relinkIncident(fromIncidentId: string, toIncidentId: string): Promise<number>;
  /** Records a review verdict. @throws DomainError('not_found') */
  review(claimId: string, review: ClaimReview): Promise<Claim>;
}
