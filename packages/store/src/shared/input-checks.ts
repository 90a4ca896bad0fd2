import {
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  DomainError,
  SOURCE_KINDS,
  type DocumentStatus,
  type NewDocument,
  type NewSource,
} from '@corroborate/core';

// Enumerations are checked here rather than by CHECK constraints: core may add values, and
// SQLite can only change a CHECK by rebuilding the table.

const invalid = (path: string, message: string): DomainError =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path: [path], message }]);

const SHA256 = /^[0-9a-f]{64}$/;
export const MAX_PAGE_SIZE = 1000;

export function checkNewDocument(doc: NewDocument): void {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(doc.kind))
    throw invalid('kind', `unknown document kind "${doc.kind}"`);
  if (!SHA256.test(doc.sha256)) throw invalid('sha256', 'must be 64 lowercase hex characters');
  if (typeof doc.text !== 'string') throw invalid('text', 'must be a string');
  // PostgreSQL text cannot hold NUL; refusing it in both engines keeps them alike.
  for (const field of ['text', 'title', 'byline', 'url', 'fileName', 'language'] as const) {
    if (doc[field]?.includes('\u0000')) throw invalid(field, 'contains a NUL character');
  }
  if (doc.status !== undefined) checkDocumentStatus(doc.status);
  checkInstant('retrievedAt', doc.retrievedAt);
  if (doc.publishedAt !== null) checkInstant('publishedAt', doc.publishedAt);
}

export function checkDocumentStatus(status: DocumentStatus): void {
  if (!(DOCUMENT_STATUSES as readonly string[]).includes(status)) {
    throw invalid('status', `unknown document status "${status}"`);
  }
}

export function checkNewSource(source: NewSource): void {
  if (source.name.trim() === '') throw invalid('name', 'a source needs a name');
  if (source.name.includes('\u0000')) throw invalid('name', 'contains a NUL character');
  if (!(SOURCE_KINDS as readonly string[]).includes(source.kind))
    throw invalid('kind', `unknown source kind "${source.kind}"`);
}

/** Page sizes are whole numbers from 1 to 1000. */
export function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw invalid('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
  }
}

function checkInstant(path: string, d: Date): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw invalid(path, 'must be a valid date');
}
