import type {
  Document,
  DocumentKind,
  DocumentSearchHit,
  DocumentStatus,
  NewDocument,
} from '@corroborate/core';
import { chooseSnippet } from './search-terms';
import { date, dateOrNull, json, num, str, strOrNull, type Row } from './row-reader';

/** Columns read back for a Document, in both engines. */
export const DOCUMENT_COLUMNS =
  'id, kind, url, file_name, title, byline, published_at, retrieved_at, language, text, sha256, source_id, status, ingest_notes, created_at';

export const toDocument = (row: Row): Document => ({
  id: str(row, 'id'),
  kind: str(row, 'kind') as DocumentKind,
  url: strOrNull(row, 'url'),
  fileName: strOrNull(row, 'file_name'),
  title: strOrNull(row, 'title'),
  byline: strOrNull(row, 'byline'),
  publishedAt: dateOrNull(row, 'published_at'),
  retrievedAt: date(row, 'retrieved_at'),
  language: strOrNull(row, 'language'),
  text: str(row, 'text'),
  sha256: str(row, 'sha256'),
  sourceId: strOrNull(row, 'source_id'),
  status: str(row, 'status') as DocumentStatus,
  ingestNotes: json(row, 'ingest_notes') as string[],
  createdAt: date(row, 'created_at'),
});

export const toSearchHit = (row: Row): DocumentSearchHit => ({
  id: str(row, 'id'),
  title: strOrNull(row, 'title'),
  fileName: strOrNull(row, 'file_name'),
  url: strOrNull(row, 'url'),
  snippet: chooseSnippet(strOrNull(row, 'text_snippet'), strOrNull(row, 'title_snippet')),
  rank: num(row, 'rank'),
});

/** The Document a NewDocument becomes when stored: only the fields of a Document, copied. */
export const newDocumentRecord = (doc: NewDocument, id: string, createdAt: Date): Document => ({
  id,
  kind: doc.kind,
  url: doc.url,
  fileName: doc.fileName,
  title: doc.title,
  byline: doc.byline,
  publishedAt: doc.publishedAt === null ? null : new Date(doc.publishedAt.getTime()),
  retrievedAt: new Date(doc.retrievedAt.getTime()),
  language: doc.language,
  text: doc.text,
  sha256: doc.sha256,
  sourceId: doc.sourceId,
  status: doc.status ?? 'new',
  ingestNotes: [...doc.ingestNotes],
  createdAt,
});
