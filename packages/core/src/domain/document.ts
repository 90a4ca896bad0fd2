export const DOCUMENT_KINDS = ['article', 'social_post', 'caption', 'press_release', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['new', 'in_review', 'reviewed', 'dismissed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A text as it was received: the unit that claims point into by character offsets. */
export interface Document {
  id: string;
  kind: DocumentKind;
  url: string | null;
  /** Name of the file it came from, when ingested from disk. */
  fileName: string | null;
  title: string | null;
  byline: string | null;
  /** When the publisher says it was published (may be unknown). */
  publishedAt: Date | null;
  retrievedAt: Date;
  language: string | null;
  text: string;
  /** SHA-256 of the UTF-8 text, lowercase hex: the deduplication key. */
  sha256: string;
  sourceId: string | null;
  status: DocumentStatus;
  /** Remarks made while ingesting, e.g. invalid UTF-8 replaced. */
  ingestNotes: string[];
  createdAt: Date;
}

export type NewDocument = Omit<Document, 'id' | 'createdAt' | 'status'> & { status?: DocumentStatus };
